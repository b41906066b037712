// Holt's linear (double exponential) smoothing for irregularly sampled metrics: a local level and
// trend that follow changes, where least squares weighs old and new points alike.
import type { Point } from "../types.ts";
import { holtError, holtPass, type HoltState } from "./holtSmoothing.ts";
import { fitSamples } from "./leastSquares.ts";
import { clampAtZero, type Sample, toDate, toSamples, toSeconds } from "./series.ts";
import { tQuantile90 } from "./tQuantile.ts";
import type { Forecast, Forecaster } from "./types.ts";

/** Candidate time constants as fractions of the fitted span: the grid scales with the data. */
const LEVEL_FRACTIONS = [1 / 128, 1 / 32, 1 / 16, 1 / 8, 1 / 4, 1 / 2];
const TREND_FRACTIONS = [1 / 8, 1 / 4, 1 / 2, 1, 2];

export interface HoltFit {
  level: number;
  /** Value units per second. */
  trend: number;
  time: Date;
  /** Seconds; alpha after a gap dt is 1 - exp(-dt / levelTimeConstant). */
  levelTimeConstant: number;
  /** Seconds; beta after a gap dt is 1 - exp(-dt / trendTimeConstant). */
  trendTimeConstant: number;
  /** Root of the time-weighted mean squared one-step-ahead error. */
  oneStepRmse: number;
  n: number;
  /** The data and the state after each point, for measuring errors at longer lookaheads. */
  samples: readonly Sample[];
  states: readonly HoltState[];
}

/**
 * Picks the level and trend time constants with the lowest one-step-ahead squared error over the
 * grid (time-weighted, see holtError). Start values come from least squares over the first third
 * of the span; errors count from a tenth of the span on, where the start values no longer
 * dominate. Null with fewer than 3 points or no time span.
 */
export function fitHolt(
  points: readonly Point[],
  options: { windowSeconds?: number; now?: Date } = {},
): HoltFit | null {
  return fitHoltSamples(toSamples(points, { until: options.now, windowSeconds: options.windowSeconds }));
}

export function fitHoltSamples(samples: readonly Sample[]): HoltFit | null {
  if (samples.length < 3) return null;
  const start = samples[0]!.t;
  const span = samples.at(-1)!.t - start;
  if (!(span > 0)) return null;
  const head = samples.filter((sample) => sample.t <= start + span / 3);
  const initial = fitSamples(head.length >= 3 ? head : samples.slice(0, 3));
  const level = initial ? initial.intercept + initial.slope * (start - toSeconds(initial.meanTime)) : samples[0]!.v;
  const trend = initial?.slope ?? 0;
  const burnIn = start + span / 10;
  let best: { error: number; levelTau: number; trendTau: number; states: HoltState[] } | null = null;
  for (const levelFraction of LEVEL_FRACTIONS) {
    for (const trendFraction of TREND_FRACTIONS) {
      const parameters = { levelTau: levelFraction * span, trendTau: trendFraction * span };
      const states = holtPass(samples, { ...parameters, level, trend });
      const error = holtError(samples, states, null, burnIn);
      if (best === null || error < best.error) best = { error, states, ...parameters };
    }
  }
  if (best === null || !Number.isFinite(best.error)) return null;
  const last = best.states.at(-1)!;
  return {
    level: last.level,
    trend: last.trend,
    time: toDate(last.t),
    levelTimeConstant: best.levelTau,
    trendTimeConstant: best.trendTau,
    oneStepRmse: Math.sqrt(best.error),
    n: samples.length,
    samples,
    states: best.states,
  };
}

/**
 * level + trend · h, with an 80 % interval from the one-step error scaled for the horizon: the
 * in-sample error at lookahead L = min(h, span / 2) is measured, and the part of it beyond the
 * one-step error (the trend's uncertainty) is assumed to grow linearly with the lookahead.
 */
export function forecastHolt(fit: HoltFit, targetTime: Date): Forecast {
  const end = toSeconds(fit.time);
  const horizon = toSeconds(targetTime) - end;
  const value = fit.level + fit.trend * horizon;
  const oneStep = fit.oneStepRmse ** 2;
  let variance = oneStep;
  const lookahead = Math.min(horizon, (end - fit.samples[0]!.t) / 2);
  if (lookahead > 0) {
    const measured = holtError(fit.samples, fit.states, lookahead, fit.samples[0]!.t);
    if (Number.isFinite(measured)) variance = oneStep + Math.max(0, measured - oneStep) * (horizon / lookahead) ** 2;
  }
  const halfWidth = tQuantile90(fit.n - 2) * Math.sqrt(variance);
  return { value, lower: value - halfWidth, upper: value + halfWidth };
}

/** Holt as a Forecaster (for backtests and predictSeries). */
export function holtForecaster(options: { windowSeconds?: number; nonNegative?: boolean } = {}): Forecaster {
  return (history, targetTime) => {
    const fit = fitHoltSamples(toSamples(history, { windowSeconds: options.windowSeconds }));
    if (!fit) return null;
    const forecast = forecastHolt(fit, targetTime);
    return options.nonNegative ? clampAtZero(forecast) : forecast;
  };
}
