import type { ChainHead } from "./adapters/types.ts";

export interface DerivedRates {
  avgBlockTime: number | null;
  tps: number | null;
}

/**
 * Block time and TPS from two successive heads, for nodes that serve no stats.
 * Block time is the exact average over the blocks between the heads; TPS is the newest
 * block's transactions over that block time. Without a new block, both stay unknown.
 */
export function deriveRates(previous: ChainHead | null | undefined, current: ChainHead | null): DerivedRates {
  const unknown = { avgBlockTime: null, tps: null };
  if (!previous?.timestamp || !current?.timestamp) return unknown;
  const blocks = Number(current.height - previous.height);
  const seconds = (current.timestamp.getTime() - previous.timestamp.getTime()) / 1000;
  if (blocks <= 0 || seconds <= 0) return unknown;
  const avgBlockTime = seconds / blocks;
  const tps = current.txCount === null ? null : current.txCount / avgBlockTime;
  return { avgBlockTime, tps };
}
