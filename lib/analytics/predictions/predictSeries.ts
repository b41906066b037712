// The entry point: a value at a future time with an 80 % interval and a confidence measured by
// backtesting this very series, from the method that would have predicted it best.
import type { Point } from "../types.ts";
import { backtest, type BacktestResult } from "./backtest.ts";
import { backtestHalfWidth, widenInterval } from "./calibrateInterval.ts";
import { holtForecaster } from "./holt.ts";
import { leastSquaresForecaster } from "./leastSquares.ts";
import { clampAtZero, toDate, toSamples, toSeconds } from "./series.ts";
import type { Forecaster, Prediction, PredictionMethod } from "./types.ts";

/** Fewer points than this say nothing about a trend and its noise. */
export const MIN_POINTS = 6;
/**
 * The points must span at least this share of the distance from the last point to the target
 * (the horizon, plus any time since the last point): no extrapolating 1 h from 1 min.
 */
export const MIN_SPAN_OF_HORIZON = 1 / 4;
/** Backtest origins used to choose the method and measure the error. */
const BACKTEST_ORIGINS = 12;

export interface PredictOptions {
  horizonSeconds: number;
  /** Use only points this many seconds before `now`. Default: all points given. */
  windowSeconds?: number;
  /** For metrics that cannot go negative (TPS, block time, gas price, memory, disk): clamp at 0. */
  nonNegative?: boolean;
  /** When the prediction is made; later points are ignored. Default: the last point's time. */
  now?: Date;
}

/**
 * Backtests least squares and Holt on the series (rolling origin, see backtest.ts) and predicts
 * with the one whose MAPE was lower (least squares on a tie: the simpler model).
 *
 * The backtest horizon is the real one (from the last point to the target) when the data span at
 * least three times it; otherwise a third of the span, the longest that still leaves origins.
 * confidence = clamp(1 - mape × max(1, horizon / tested horizon), 0, 1): a measured 10 % error
 * gives 0.9, and an error measured at a shorter horizon is scaled up, as a trend's error grows
 * about linearly with the distance.
 *
 * Null (unknown, never 0) with fewer than MIN_POINTS points, a span shorter than
 * MIN_SPAN_OF_HORIZON × the distance to the target, or when no backtest origin exists (points
 * too clustered).
 */
export function predictSeries(points: readonly Point[], options: PredictOptions): Prediction | null {
  const { horizonSeconds, windowSeconds, nonNegative = false } = options;
  if (!(horizonSeconds > 0)) return null;
  const samples = toSamples(points, { until: options.now, windowSeconds });
  if (samples.length < MIN_POINTS) return null;
  const fromTime = samples[0]!.t;
  const toTime = samples.at(-1)!.t;
  const span = toTime - fromTime;
  const now = options.now ? toSeconds(options.now) : toTime;
  const target = now + horizonSeconds;
  const ahead = target - toTime;
  if (!(span > 0) || span < MIN_SPAN_OF_HORIZON * ahead) return null;

  const tested = Math.min(ahead, span / 3);
  const history = samples.map((sample) => ({ time: toDate(sample.t), value: sample.v }));
  const backtestOptions = { horizonSeconds: tested, maxOrigins: BACKTEST_ORIGINS, minFitPoints: 4 };
  const forecasters = (clamp: boolean): Record<PredictionMethod, Forecaster> => ({
    least_squares: leastSquaresForecaster({ windowSeconds, nonNegative: clamp }),
    holt: holtForecaster({ windowSeconds, nonNegative: clamp }),
  });
  const backtested = forecasters(nonNegative);
  const results: Record<PredictionMethod, BacktestResult> = {
    least_squares: backtest(history, backtested.least_squares, backtestOptions),
    holt: backtest(history, backtested.holt, backtestOptions),
  };
  const method = chooseMethod(results);
  if (method === null) return null;
  const chosen = results[method];

  // Unclamped here: the interval is widened around the model's own value, then clamped once.
  const forecast = forecasters(false)[method](history, toDate(target));
  if (forecast === null || forecast.lower === null || forecast.upper === null) return null;
  // Misses measured at a shorter horizon are scaled up with the horizon, as the confidence is.
  const measured = backtestHalfWidth(chosen.comparisons);
  const halfWidth = measured === null ? null : measured * Math.max(1, ahead / tested);
  const widened = {
    value: forecast.value,
    ...widenInterval(forecast.value, forecast.lower, forecast.upper, halfWidth),
  };
  const { value, lower, upper } = nonNegative ? clampAtZero(widened) : widened;
  const mape = chosen.mape!;
  return {
    method,
    value,
    lower: Math.min(lower, value),
    upper: Math.max(upper, value),
    horizonSeconds,
    targetTime: toDate(target),
    confidence: Math.min(1, Math.max(0, 1 - mape * Math.max(1, ahead / tested))),
    backtest: { mape, coverage: chosen.coverage, n: chosen.n, horizonSeconds: tested },
    basedOn: { points: samples.length, fromTime: toDate(fromTime), toTime: toDate(toTime) },
  };
}

function chooseMethod(results: Record<PredictionMethod, BacktestResult>): PredictionMethod | null {
  const leastSquares = results.least_squares.mape;
  const holt = results.holt.mape;
  if (leastSquares === null) return holt === null ? null : "holt";
  // Differences within float noise (two exact fits) are ties, and a tie goes to the simpler model.
  return holt !== null && holt < leastSquares - TIE ? "holt" : "least_squares";
}

const TIE = 1e-9;
