// Rolling-origin backtest: how far off a method would have been, had it predicted at several
// past moments with only the data it had then.
import type { Point } from "../types.ts";
import { lastIndexAtOrBefore, type Sample, toDate, toSamples, valueAt } from "./series.ts";
import type { Forecast, Forecaster } from "./types.ts";

export interface BacktestOptions {
  horizonSeconds: number;
  /** At most this many origins, spread evenly in time. Default 12. */
  maxOrigins?: number;
  /** An origin needs at least this many points up to it. Default 4. */
  minFitPoints?: number;
}

export interface BacktestResult {
  /**
   * Mean absolute percentage error as a fraction (0.05 = 5 %), over the comparisons whose actual
   * is not ~0 (|actual| ≤ 1e-9 × the series' largest |value|: a percentage of ~0 says nothing).
   * When every actual is ~0: the mean absolute error scaled by the series' mean |value| instead
   * (0 for a series that is all zeros and predicted so, 1 if it was predicted otherwise).
   * Null without any comparison.
   */
  mape: number | null;
  /** Mean absolute error over all comparisons, in value units. */
  mae: number | null;
  /** Share of actuals inside the 80 % interval; null when the method gives no interval. */
  coverage: number | null;
  /** Comparisons made (origins where the method gave a forecast). */
  n: number;
  horizonSeconds: number;
  comparisons: Comparison[];
}

/** One origin's forecast next to what happened at origin + horizon. */
export interface Comparison extends Forecast {
  origin: Date;
  actual: number;
}

/**
 * Origins are points in the latter two thirds of the series' span (so every fit sees at least a
 * third of it) whose origin + horizon still lies within the data; at each, the method sees only
 * the points up to the origin and is compared with the value interpolated at origin + horizon.
 */
export function backtest(points: readonly Point[], forecaster: Forecaster, options: BacktestOptions): BacktestResult {
  const { horizonSeconds, maxOrigins = 12, minFitPoints = 4 } = options;
  const samples = toSamples(points);
  const sorted = samples.map((sample) => ({ time: toDate(sample.t), value: sample.v }));
  const comparisons: Comparison[] = [];
  for (const origin of originIndexes(samples, horizonSeconds, maxOrigins, minFitPoints)) {
    const target = samples[origin]!.t + horizonSeconds;
    const actual = valueAt(samples, target);
    const forecast = forecaster(sorted.slice(0, origin + 1), toDate(target));
    if (actual === null || forecast === null || !Number.isFinite(forecast.value)) continue;
    comparisons.push({ origin: sorted[origin]!.time, ...forecast, actual });
  }
  return { ...score(comparisons, samples), n: comparisons.length, horizonSeconds, comparisons };
}

/** Up to maxOrigins candidate indexes, picked at evenly spaced times (not every k-th point). */
export function originIndexes(samples: readonly Sample[], horizon: number, maxOrigins: number, minFitPoints: number) {
  if (samples.length === 0 || !(horizon > 0)) return [];
  const start = samples[0]!.t;
  const end = samples.at(-1)!.t;
  const third = start + (end - start) / 3;
  const atThird = lastIndexAtOrBefore(samples, third);
  const first = Math.max(minFitPoints - 1, samples[atThird]?.t === third ? atThird : atThird + 1);
  const last = lastIndexAtOrBefore(samples, end - horizon);
  if (first > last || maxOrigins < 1) return [];
  const from = samples[first]!.t;
  const to = samples[last]!.t;
  const picked = new Set<number>();
  for (let k = 0; k < maxOrigins; k++) {
    const time = maxOrigins === 1 ? to : from + ((to - from) * k) / (maxOrigins - 1);
    picked.add(Math.max(first, lastIndexAtOrBefore(samples, time)));
  }
  return [...picked].sort((a, b) => a - b);
}

function score(comparisons: Comparison[], samples: Sample[]) {
  if (comparisons.length === 0) return { mape: null, mae: null, coverage: null };
  const largest = samples.reduce((most, sample) => Math.max(most, Math.abs(sample.v)), 0);
  const relevant = comparisons.filter(({ actual }) => Math.abs(actual) > 1e-9 * largest);
  const mae = mean(comparisons.map(({ value, actual }) => Math.abs(value - actual)));
  let mape: number;
  if (relevant.length > 0) {
    mape = mean(relevant.map(({ value, actual }) => Math.abs(value - actual) / Math.abs(actual)));
  } else {
    const scale = mean(samples.map((sample) => Math.abs(sample.v)));
    mape = mae === 0 ? 0 : scale > 0 ? mae / scale : 1;
  }
  const judged = comparisons.filter(({ lower, upper }) => lower !== null && upper !== null);
  const inside = judged.filter(({ lower, upper, actual }) => lower! <= actual && actual <= upper!).length;
  const coverage = judged.length === 0 ? null : inside / judged.length;
  return { mape, mae, coverage };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
