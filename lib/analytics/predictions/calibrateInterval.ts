// Widening a model's interval to what the backtest says it should have been: model intervals
// assume their model is right, and a random walk or a kink fitted with a line is not.
import type { Comparison } from "./backtest.ts";
import { INTERVAL_LEVEL } from "./types.ts";

/** Fewer backtest comparisons than this cannot place an 80 % point. */
export const MIN_CALIBRATION = 5;

/**
 * The half width 80 % of the backtest's misses fit in, split-conformal style: the
 * ⌈0.8 · (n + 1)⌉-th smallest |actual - forecast| (the +1 keeps it honest for small n).
 * Null with fewer than MIN_CALIBRATION comparisons.
 */
export function backtestHalfWidth(comparisons: readonly Comparison[]): number | null {
  if (comparisons.length < MIN_CALIBRATION) return null;
  const misses = comparisons.map(({ value, actual }) => Math.abs(actual - value)).sort((a, b) => a - b);
  const rank = Math.ceil(INTERVAL_LEVEL * (misses.length + 1));
  return misses[Math.min(rank, misses.length) - 1]!;
}

/**
 * The model's interval, widened on each side to at least `halfWidth` from the value. Never
 * narrowed: with a dozen comparisons the backtest can show an interval too narrow (a miss is
 * evidence) better than too wide (a few lucky hits are not).
 */
export function widenInterval(value: number, lower: number, upper: number, halfWidth: number | null) {
  if (halfWidth === null) return { lower, upper };
  return { lower: Math.min(lower, value - halfWidth), upper: Math.max(upper, value + halfWidth) };
}
