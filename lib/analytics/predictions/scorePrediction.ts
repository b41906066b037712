// Scoring a stored prediction once its target time has passed: what happened, and how far off.
import type { Point } from "../types.ts";
import { lastIndexAtOrBefore, toSamples, toSeconds, valueAt } from "./series.ts";

export interface StoredPrediction {
  targetTime: Date;
  value: number;
  lower: number | null;
  upper: number | null;
}

export interface PredictionScore {
  /** The value at the target time, interpolated between the points around it. */
  actual: number;
  /** predicted - actual: positive when the prediction was too high. */
  error: number;
  absoluteError: number;
  /** |error| / |actual| as a fraction (0.05 = 5 %); null when the actual is 0 (no percentage of 0). */
  percentageError: number | null;
  /** Whether lower ≤ actual ≤ upper; null when the prediction had no interval. */
  insideInterval: boolean | null;
}

/**
 * Null while the outcome is unknown: no point at or after the target time yet, none before it,
 * or (with maxGapSeconds) the points around the target are further apart than that, so the
 * interpolated "actual" would be a guess.
 */
export function scorePrediction(
  prediction: StoredPrediction,
  points: readonly Point[],
  options: { maxGapSeconds?: number } = {},
): PredictionScore | null {
  const samples = toSamples(points);
  const target = toSeconds(prediction.targetTime);
  const actual = valueAt(samples, target);
  if (actual === null) return null;
  const index = lastIndexAtOrBefore(samples, target);
  const before = samples[index]!;
  const after = samples[index + 1];
  const gap = before.t === target || !after ? 0 : after.t - before.t;
  if (options.maxGapSeconds !== undefined && gap > options.maxGapSeconds) return null;
  const error = prediction.value - actual;
  const { lower, upper } = prediction;
  return {
    actual,
    error,
    absoluteError: Math.abs(error),
    percentageError: actual === 0 ? null : Math.abs(error) / Math.abs(actual),
    insideInterval: lower === null || upper === null ? null : lower <= actual && actual <= upper,
  };
}
