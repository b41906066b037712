// Turns what a node said into metric values. Anything absurd becomes null with a warning,
// so one bad field never poisons a sample and never reaches the database as a made-up number.

const MAX_HEIGHT = 2n ** 63n - 1n;
const MAX_GAUGE = 1e15;
const MAX_COUNT = 1e9;

export type Warnings = string[];

/** A short, safe rendering of a bad value for a warning (a 10 MB string must not become a 10 MB error). */
export function describeValue(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** A finite, non-negative measurement (TPS, MB, seconds). */
export function readGauge(
  source: Record<string, unknown>,
  key: string,
  label: string,
  warnings: Warnings,
): number | null {
  const value = source[key];
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= MAX_GAUGE) return value;
  warnings.push(`${label}.${key}: expected a non-negative number, got ${describeValue(value)}`);
  return null;
}

/** A non-negative whole number (nodes, clients, peers). */
export function readCount(
  source: Record<string, unknown>,
  key: string,
  label: string,
  warnings: Warnings,
): number | null {
  const value = source[key];
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT) return value;
  warnings.push(`${label}.${key}: expected a non-negative whole number, got ${describeValue(value)}`);
  return null;
}

/** A block height or another exact non-negative integer, as a number or a decimal string. */
export function readBigInt(
  source: Record<string, unknown>,
  key: string,
  label: string,
  warnings: Warnings,
  max = MAX_HEIGHT,
): bigint | null {
  const value = source[key];
  if (value === undefined || value === null) return null;
  const parsed = toBigInt(value);
  if (parsed !== null && parsed <= max) return parsed;
  warnings.push(`${label}.${key}: expected a non-negative integer, got ${describeValue(value)}`);
  return null;
}

function toBigInt(value: unknown): bigint | null {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? BigInt(value) : null;
  if (typeof value === "string" && /^\d{1,78}$/.test(value)) return BigInt(value);
  return null;
}

/** Seconds since the epoch (number) or an ISO-8601 string; null when absent or implausible. */
export function readTimestamp(
  source: Record<string, unknown>,
  key: string,
  label: string,
  warnings: Warnings,
): Date | null {
  const value = source[key];
  if (value === undefined || value === null) return null;
  const millis = typeof value === "number" ? value * 1000 : typeof value === "string" ? Date.parse(value) : NaN;
  // Between 2009 (the first blocks) and a day from now: anything else is a broken clock or a wrong type.
  if (Number.isFinite(millis) && millis >= Date.UTC(2009, 0, 1) && millis <= Date.now() + 86_400_000) {
    return new Date(millis);
  }
  warnings.push(`${label}.${key}: expected a timestamp, got ${describeValue(value)}`);
  return null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
