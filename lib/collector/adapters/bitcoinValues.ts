// Pure readings of Bitcoin Core RPC answers for the bitcoin adapter.
import { isRecord, readCount, readTimestamp, type Warnings } from "../readValues.ts";

const SATOSHIS_PER_COIN = 100_000_000n;
// Dogecoin's 10 billion coins is the largest money supply among Bitcoin forks: no amount exceeds it.
const MAX_SATOSHIS = 10_000_000_000n * SATOSHIS_PER_COIN;
const BLOCK_HASH = /^[0-9a-f]{64}$/;
const COINS = new Map([
  ["Satoshi", "Bitcoin"],
  ["LitecoinCore", "Litecoin"],
]);

/**
 * A coin amount (BTC, LTC, …) as exact satoshis. JSON numbers go through their 8-decimal form,
 * never through a float multiplication (0.0001 * 1e8 is not 10000 in binary floating point).
 */
export function coinsToSatoshis(value: unknown): bigint | null {
  const text = typeof value === "string" ? value : typeof value === "number" ? eightDecimals(value) : null;
  const match = text === null ? null : /^(\d{1,11})(?:\.(\d{1,8}))?$/.exec(text);
  if (!match) return null;
  const satoshis = BigInt(match[1]!) * SATOSHIS_PER_COIN + BigInt((match[2] ?? "").padEnd(8, "0"));
  return satoshis <= MAX_SATOSHIS ? satoshis : null;
}

// Core prints amounts with 8 decimals; a double that does not round-trip through them is no amount.
function eightDecimals(value: number): string | null {
  if (!Number.isFinite(value) || value < 0 || value >= 1e11) return null;
  const fixed = value.toFixed(8);
  return Number(fixed) === value ? fixed : null;
}

/** CAIP-2 id of a Bitcoin-family chain: `bip122:` and the first 32 hex characters of the genesis hash. */
export function chainIdFromGenesis(hash: unknown): string | null {
  return typeof hash === "string" && BLOCK_HASH.test(hash) ? `bip122:${hash.slice(0, 32)}` : null;
}

/** The coin from the user agent's first component: "/LitecoinCore:0.21.2/" is Litecoin, "/Satoshi:27.0.0/" Bitcoin. */
export function coinName(subversion: string | null): string {
  const client = subversion === null ? undefined : /^\/([^:/]+):/.exec(subversion)?.[1];
  return (client !== undefined && COINS.get(client)) || "Bitcoin-family";
}

export function readBoolean(
  source: Record<string, unknown>,
  key: string,
  label: string,
  warnings: Warnings,
): boolean | null {
  const value = source[key];
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value;
  warnings.push(`${label}.${key}: expected true or false, got ${typeof value}`);
  return null;
}

export interface BlockHeader {
  hash: string;
  previousHash: string | null;
  height: number;
  /** Seconds since the epoch. */
  time: number;
  txCount: number;
}

/** A `getblockheader` answer; null (with a warning) when a field is missing or absurd. */
export function readHeader(value: unknown, warnings: Warnings): BlockHeader | null {
  const label = "getblockheader";
  if (!isRecord(value)) {
    warnings.push(`${label}: expected an object`);
    return null;
  }
  const height = readCount(value, "height", label, warnings);
  const time = readTimestamp(value, "time", label, warnings);
  const txCount = readCount(value, "nTx", label, warnings);
  const { hash, previousblockhash: previous } = value;
  if (height === null || time === null || txCount === null || typeof hash !== "string" || !BLOCK_HASH.test(hash)) {
    warnings.push(`${label}: expected hash, height, time and nTx`);
    return null;
  }
  const previousHash = typeof previous === "string" && BLOCK_HASH.test(previous) ? previous : null;
  return { hash, previousHash, height, time: time.getTime() / 1000, txCount };
}

/** True when the headers are consecutive blocks of one chain, oldest first. */
export function isChain(headers: BlockHeader[]): boolean {
  return headers.every((header, i) => {
    const parent = headers[i - 1];
    return !parent || (header.height === parent.height + 1 && header.previousHash === parent.hash);
  });
}

/**
 * Block time and TPS over consecutive headers h-N..h, oldest first. The oldest block only marks
 * where the span starts; the transactions are those of blocks h-N+1..h, counted by nTx, which
 * includes each block's coinbase. Null when the span is not positive (regtest mines many blocks per second).
 */
export function windowRates(headers: BlockHeader[]): { avgBlockTime: number | null; tps: number | null } {
  const first = headers[0];
  const last = headers.at(-1);
  const blocks = headers.length - 1;
  const span = first && last ? last.time - first.time : 0;
  if (blocks < 1 || span <= 0) return { avgBlockTime: null, tps: null };
  const txs = headers.slice(1).reduce((sum, header) => sum + header.txCount, 0);
  return { avgBlockTime: span / blocks, tps: txs / span };
}
