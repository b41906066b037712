// When a disk fills up at the rate it has been filling: least-squares slope, with the range the
// slope's 80 % confidence interval allows.
import type { Point } from "../types.ts";
import { fitSamples } from "./leastSquares.ts";
import { toDate, toSamples, toSeconds } from "./series.ts";
import { tQuantile90 } from "./tQuantile.ts";

/** Fewer points leave the slope's uncertainty too wide (t = 1.886 with 2 degrees of freedom). */
export const MIN_DISK_POINTS = 4;
/** A century: beyond it "days until full" is noise from an almost flat line. */
export const MAX_DAYS = 36_500;

export interface DaysUntilFull {
  /** From `now` (default: the last point) at the fitted rate; 0 when the fit is already at total. */
  days: number;
  /** Soonest: at the upper end of the slope's 80 % interval. */
  lower: number;
  /** Latest: at the lower end; null when that end is not growing (it might never fill). */
  upper: number | null;
  slopeMbPerDay: number;
  fullAt: Date;
}

/**
 * Null when the total is unknown (null, non-finite or not positive), the usage is not growing
 * (slope ≤ 0), or there are fewer than MIN_DISK_POINTS points over no time span. The usage now
 * is the fitted line's value (less noisy than the last sample); only the slope's uncertainty
 * enters the interval, as that dominates over days.
 */
export function daysUntilFull(
  points: readonly Point[],
  totalMb: number | null | undefined,
  options: { windowSeconds?: number; now?: Date } = {},
): DaysUntilFull | null {
  if (totalMb === null || totalMb === undefined || !Number.isFinite(totalMb) || totalMb <= 0) return null;
  const samples = toSamples(points, { until: options.now, windowSeconds: options.windowSeconds });
  if (samples.length < MIN_DISK_POINTS) return null;
  const fit = fitSamples(samples);
  if (!fit || !(fit.slope > 0)) return null;
  const now = options.now ? toSeconds(options.now) : samples.at(-1)!.t;
  const usedNow = fit.intercept + fit.slope * (now - toSeconds(fit.meanTime));
  const remaining = Math.max(0, totalMb - usedNow);
  const slopeHalfWidth = (tQuantile90(fit.n - 2) * fit.residualStandardError) / Math.sqrt(fit.sxx);
  const perDay = (slopePerSecond: number) => slopePerSecond * 86_400;
  const days = remaining / perDay(fit.slope);
  const slowest = fit.slope - slopeHalfWidth;
  // Growth so slow the disk would last beyond any plan (or beyond a Date) says nothing useful.
  if (!(days <= MAX_DAYS)) return null;
  return {
    days,
    lower: remaining / perDay(fit.slope + slopeHalfWidth),
    upper: slowest > 0 && remaining / perDay(slowest) <= MAX_DAYS ? remaining / perDay(slowest) : null,
    slopeMbPerDay: perDay(fit.slope),
    fullAt: toDate(now + days * 86_400),
  };
}
