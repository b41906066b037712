// Points as seconds since the epoch, the unit every fit works in, plus time-based lookups.
import type { Point } from "../types.ts";

export interface Sample {
  /** Seconds since the epoch. */
  t: number;
  v: number;
}

export const toSeconds = (time: Date): number => time.getTime() / 1000;
export const toDate = (seconds: number): Date => new Date(seconds * 1000);

/**
 * Finite points in time order. With `until`, later points are dropped (a prediction made then
 * could not have seen them); with `windowSeconds`, so are points older than the window before
 * `until` (or before the last point).
 */
export function toSamples(
  points: readonly Point[],
  { until, windowSeconds }: { until?: Date; windowSeconds?: number } = {},
): Sample[] {
  const end = until ? toSeconds(until) : Infinity;
  const samples = points
    .map((point) => ({ t: toSeconds(point.time), v: point.value }))
    .filter((sample) => Number.isFinite(sample.t) && Number.isFinite(sample.v) && sample.t <= end)
    .sort((a, b) => a.t - b.t);
  if (windowSeconds === undefined || samples.length === 0) return samples;
  const from = (Number.isFinite(end) ? end : samples.at(-1)!.t) - windowSeconds;
  return samples.filter((sample) => sample.t >= from);
}

/** Index of the last sample at or before t, -1 when there is none (binary search: series are long). */
export function lastIndexAtOrBefore(samples: readonly Sample[], t: number): number {
  let low = 0;
  let high = samples.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (samples[middle]!.t <= t) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * The value at t, linearly interpolated between the samples around it. Null outside the data:
 * what actually happened is never extrapolated.
 */
export function valueAt(samples: readonly Sample[], t: number): number | null {
  const index = lastIndexAtOrBefore(samples, t);
  if (index < 0) return null;
  const before = samples[index]!;
  if (before.t === t) return before.v;
  const after = samples[index + 1];
  if (!after) return null;
  return before.v + ((after.v - before.v) * (t - before.t)) / (after.t - before.t);
}

/** Keeps a forecast's value and interval at or above zero, for metrics that cannot go negative. */
export function clampAtZero<T extends { value: number; lower: number | null; upper: number | null }>(forecast: T): T {
  return {
    ...forecast,
    value: Math.max(0, forecast.value),
    lower: forecast.lower === null ? null : Math.max(0, forecast.lower),
    upper: forecast.upper === null ? null : Math.max(0, forecast.upper),
  };
}
