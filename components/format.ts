// Display helpers: unknown values show as an em dash, never as 0.
const DASH = "—";

export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined) return DASH;
  return value.toLocaleString("en-US", { maximumFractionDigits: digits });
}

export function formatGwei(wei: string | null | undefined): string {
  if (!wei) return DASH;
  const gwei = Number(wei) / 1e9;
  return `${gwei.toLocaleString("en-US", { maximumSignificantDigits: 4 })} gwei`;
}

/** The price of block space in the chain's own unit: wei per gas as gwei, or a Bitcoin-family fee rate. */
export function formatGasPrice(value: string | null | undefined, chainType: string | null): string {
  if (!value) return DASH;
  // Bitcoin-family adapters store the fee rate as satoshi per kvB; people read sat/vB.
  if (chainType === "bitcoin")
    return `${(Number(value) / 1000).toLocaleString("en-US", { maximumSignificantDigits: 4 })} sat/vB`;
  return formatGwei(value);
}

export function formatAge(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return "never";
  const seconds = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  if (seconds < 60) return `${seconds}s ago`;
  if (seconds < 3600) return `${Math.round(seconds / 60)}m ago`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)}h ago`;
  return `${Math.round(seconds / 86_400)}d ago`;
}

const UTC_FORMAT = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "2-digit",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** A time that reads the same wherever it is rendered (server or browser): UTC, labelled as such. */
export function formatUtc(iso: string): string {
  return `${UTC_FORMAT.format(new Date(iso))} UTC`;
}

/** A time in the viewer's own zone and locale conventions (browser only: the server's zone is not theirs). */
export function formatLocal(iso: string): string {
  return new Date(iso).toLocaleString("en-GB");
}
