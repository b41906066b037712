// Display helpers: unknown values show as an em dash, never as 0.
const DASH = "—";

export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined) return DASH;
  return value.toLocaleString("en-US", { maximumFractionDigits: digits });
}

export function formatGwei(wei: string | null | undefined): string {
  if (!wei) return DASH;
  const gwei = Number(BigInt(wei) / 1_000_000n) / 1000;
  return `${gwei.toLocaleString("en-US", { maximumFractionDigits: 3 })} gwei`;
}

export function formatAge(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return "never";
  const seconds = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  if (seconds < 60) return `${seconds}s ago`;
  if (seconds < 3600) return `${Math.round(seconds / 60)}m ago`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)}h ago`;
  return `${Math.round(seconds / 86_400)}d ago`;
}
