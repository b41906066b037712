// Ordinary least squares of value on time, like Prometheus predict_linear, with the classical
// prediction interval for a new observation.
import type { Point } from "../types.ts";
import { clampAtZero, type Sample, toDate, toSamples, toSeconds } from "./series.ts";
import { tQuantile90 } from "./tQuantile.ts";
import type { Forecast, Forecaster } from "./types.ts";

export interface LeastSquaresFit {
  /** Value units per second. */
  slope: number;
  /** The fitted value at meanTime (an intercept at the epoch would be meaningless and imprecise). */
  intercept: number;
  meanTime: Date;
  /** sqrt(sum of squared residuals / (n - 2)). */
  residualStandardError: number;
  n: number;
  /** Sum of squared deviations of the times from meanTime, in s²: the interval widens with it. */
  sxx: number;
  fromTime: Date;
  toTime: Date;
}

export interface LeastSquaresOptions {
  /** Fit only points within this many seconds before `now` (or the last point). Default: all. */
  windowSeconds?: number;
  now?: Date;
}

/** Null with fewer than 3 distinct-time points: two points leave no residual to measure the noise. */
export function fitLeastSquares(points: readonly Point[], options: LeastSquaresOptions = {}): LeastSquaresFit | null {
  return fitSamples(toSamples(points, { until: options.now, windowSeconds: options.windowSeconds }));
}

export function fitSamples(samples: readonly Sample[]): LeastSquaresFit | null {
  const n = samples.length;
  if (n < 3) return null;
  let sumT = 0;
  let sumV = 0;
  for (const { t, v } of samples) {
    sumT += t;
    sumV += v;
  }
  const meanT = sumT / n;
  const meanV = sumV / n;
  // Centred sums: epoch seconds squared would lose the precision the slope needs.
  let sxx = 0;
  let sxy = 0;
  for (const { t, v } of samples) {
    sxx += (t - meanT) ** 2;
    sxy += (t - meanT) * (v - meanV);
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  let sse = 0;
  for (const { t, v } of samples) sse += (v - meanV - slope * (t - meanT)) ** 2;
  return {
    slope,
    intercept: meanV,
    meanTime: toDate(meanT),
    residualStandardError: Math.sqrt(sse / (n - 2)),
    n,
    sxx,
    fromTime: toDate(samples[0]!.t),
    toTime: toDate(samples.at(-1)!.t),
  };
}

/**
 * The fitted line at targetTime with an 80 % prediction interval for one observation:
 * ± t(n-2) · s · sqrt(1 + 1/n + (t - mean t)² / sxx), wider the further from the data's centre.
 */
export function forecastLeastSquares(fit: LeastSquaresFit, targetTime: Date): Forecast {
  const offset = toSeconds(targetTime) - toSeconds(fit.meanTime);
  const value = fit.intercept + fit.slope * offset;
  const standardError = fit.residualStandardError * Math.sqrt(1 + 1 / fit.n + offset ** 2 / fit.sxx);
  const halfWidth = tQuantile90(fit.n - 2) * standardError;
  return { value, lower: value - halfWidth, upper: value + halfWidth };
}

/** Least squares as a Forecaster (for backtests and predictSeries). */
export function leastSquaresForecaster(options: { windowSeconds?: number; nonNegative?: boolean } = {}): Forecaster {
  return (history, targetTime) => {
    const fit = fitSamples(toSamples(history, { windowSeconds: options.windowSeconds }));
    if (!fit) return null;
    const forecast = forecastLeastSquares(fit, targetTime);
    return options.nonNegative ? clampAtZero(forecast) : forecast;
  };
}
