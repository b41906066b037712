// Pure readers for Ethereum JSON-RPC values. Quantities are parsed strictly and anything absurd
// becomes null with a warning, so a misbehaving node costs a field, never a made-up number.
import { describeValue, isRecord, type Warnings } from "../readValues.ts";

const QUANTITY = /^0x[0-9a-fA-F]{1,64}$/;
export const MAX_UINT256 = 2n ** 256n - 1n;
export const MAX_UINT64 = 2n ** 64n - 1n;
export const MAX_HEIGHT = 2n ** 63n - 1n;
const MAX_COUNT = 1_000_000_000n;
const MAX_CLIENT_VERSION = 200;
// Unix seconds from 2009 (the first blocks of any chain) to a day from now; else a broken clock.
const EARLIEST_BLOCK_TIME = Date.UTC(2009, 0, 1) / 1000;

const CHAIN_NAMES: Record<string, string> = {
  "1": "Ethereum mainnet",
  "10": "OP Mainnet",
  "56": "BNB Smart Chain",
  "137": "Polygon",
  "8453": "Base",
  "17000": "Holesky",
  "31337": "Local dev chain (31337)",
  "42161": "Arbitrum One",
  "11155111": "Sepolia",
};

export function chainNameFor(chainId: bigint): string {
  return CHAIN_NAMES[chainId.toString()] ?? `EVM chain ${chainId}`;
}

export function toQuantity(value: bigint): string {
  return `0x${value.toString(16)}`;
}

/** A JSON-RPC quantity: "0x" and 1 to 64 hex digits, at most `max`. */
export function readQuantity(value: unknown, label: string, warnings: Warnings, max = MAX_UINT256): bigint | null {
  if (typeof value === "string" && QUANTITY.test(value)) {
    const parsed = BigInt(value);
    if (parsed <= max) return parsed;
  }
  warnings.push(`${label}: expected a hex quantity up to ${max}, got ${describeValue(value)}`);
  return null;
}

/** A quantity that counts things (peers, transactions), as a number. */
export function readCount(value: unknown, label: string, warnings: Warnings): number | null {
  const parsed = readQuantity(value, label, warnings, MAX_COUNT);
  return parsed === null ? null : Number(parsed);
}

export interface SyncState {
  syncing: boolean;
  syncProgress: number | null;
}

/** `false` when in sync, else an object with currentBlock / highestBlock (and usually startingBlock). */
export function readSyncing(value: unknown, label: string, warnings: Warnings): SyncState | null {
  if (value === false) return { syncing: false, syncProgress: 1 };
  if (!isRecord(value)) {
    warnings.push(`${label}: expected false or a sync status object, got ${describeValue(value)}`);
    return null;
  }
  const current = readQuantity(value.currentBlock, `${label}.currentBlock`, warnings, MAX_HEIGHT);
  const highest = readQuantity(value.highestBlock, `${label}.highestBlock`, warnings, MAX_HEIGHT);
  // Erigon leaves startingBlock out: it syncs from genesis.
  const starting =
    value.startingBlock === undefined ? 0n : readQuantity(value.startingBlock, `${label}.startingBlock`, warnings);
  if (current === null || highest === null || starting === null || highest <= starting) {
    return { syncing: true, syncProgress: null };
  }
  const progress = Number(current - starting) / Number(highest - starting);
  return { syncing: true, syncProgress: Math.min(1, Math.max(0, progress)) };
}

/** txpool_status: pending + queued transactions. */
export function readMempool(value: unknown, label: string, warnings: Warnings): number | null {
  if (!isRecord(value)) {
    warnings.push(`${label}: expected an object with pending and queued, got ${describeValue(value)}`);
    return null;
  }
  const pending = readCount(value.pending, `${label}.pending`, warnings);
  const queued = readCount(value.queued, `${label}.queued`, warnings);
  return pending === null || queued === null ? null : pending + queued;
}

export function readClientVersion(value: unknown, label: string, warnings: Warnings): string | null {
  const text = typeof value === "string" ? value.trim().slice(0, MAX_CLIENT_VERSION) : "";
  if (text) return text;
  warnings.push(`${label}: expected a version string, got ${describeValue(value)}`);
  return null;
}

export interface BlockSummary {
  number: bigint;
  /** Unix seconds. */
  timestamp: number;
  txCount: number;
  gasUsed: bigint;
  gasLimit: bigint;
  /** null before London (EIP-1559). */
  baseFee: bigint | null;
}

/** One eth_getBlockByNumber(n, false) result; null (with warnings) unless it is block `expected`. */
export function readBlock(value: unknown, expected: bigint, warnings: Warnings): BlockSummary | null {
  const label = `block ${expected}`;
  if (!isRecord(value)) {
    warnings.push(`${label}: the node returned ${describeValue(value)}`);
    return null;
  }
  const number = readQuantity(value.number, `${label}.number`, warnings, MAX_HEIGHT);
  const timestamp = readQuantity(value.timestamp, `${label}.timestamp`, warnings, MAX_UINT64);
  const gasUsed = readQuantity(value.gasUsed, `${label}.gasUsed`, warnings, MAX_UINT64);
  const gasLimit = readQuantity(value.gasLimit, `${label}.gasLimit`, warnings, MAX_UINT64);
  const baseFee =
    value.baseFeePerGas == null ? null : readQuantity(value.baseFeePerGas, `${label}.baseFeePerGas`, warnings);
  const seconds = timestamp === null ? null : Number(timestamp);
  if (seconds !== null && (seconds < EARLIEST_BLOCK_TIME || seconds > Date.now() / 1000 + 86_400)) {
    warnings.push(`${label}.timestamp: ${seconds} is not a plausible block time`);
    return null;
  }
  if (number !== null && number !== expected) {
    warnings.push(`${label}: the node returned block ${number} instead`);
    return null;
  }
  const transactions = Array.isArray(value.transactions) ? value.transactions : null;
  if (!transactions) warnings.push(`${label}.transactions: expected an array`);
  if (number === null || seconds === null || gasUsed === null || gasLimit === null || !transactions) return null;
  return { number, timestamp: seconds, txCount: transactions.length, gasUsed, gasLimit, baseFee };
}

export interface WindowStats {
  avgBlockTime: number | null;
  tps: number | null;
  gasUsedRatio: number | null;
}

/**
 * Rates over consecutive blocks h-N..h (oldest first): the span is ts[h] - ts[h-N], and the
 * transactions and gas counted are those of the N blocks after h-N, the ones the span covers.
 */
export function windowStats(blocks: BlockSummary[], warnings: Warnings): WindowStats {
  const unknown = { avgBlockTime: null, tps: null, gasUsedRatio: null };
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  if (!first || !last || blocks.length < 2) return unknown;
  const span = last.timestamp - first.timestamp;
  if (span < 0) {
    warnings.push(`block timestamps go backwards from block ${first.number} to ${last.number}`);
    return unknown;
  }
  const counted = blocks.slice(1);
  const txs = counted.reduce((sum, block) => sum + block.txCount, 0);
  const gasUsed = counted.reduce((sum, block) => sum + block.gasUsed, 0n);
  const gasLimit = counted.reduce((sum, block) => sum + block.gasLimit, 0n);
  let gasUsedRatio = gasLimit > 0n ? Number(gasUsed) / Number(gasLimit) : null;
  if (gasUsedRatio !== null && gasUsedRatio > 1) {
    warnings.push(`blocks ${first.number + 1n}..${last.number} used more gas than their limit`);
    gasUsedRatio = null;
  }
  // Blocks within one second of each other: the timestamps cannot measure the rate.
  if (span === 0) return { avgBlockTime: null, tps: null, gasUsedRatio };
  return { avgBlockTime: span / counted.length, tps: txs / span, gasUsedRatio };
}
