// Shapes shared by the prediction functions. All of them are pure: callers pass the points in.
import type { Point } from "../types.ts";

/** Two-sided level of every prediction interval here: 80 % of outcomes should fall inside. */
export const INTERVAL_LEVEL = 0.8;

/** A forecast of one value; lower/upper are null when the method has no interval (the reference). */
export interface Forecast {
  value: number;
  lower: number | null;
  upper: number | null;
}

/**
 * Forecasts the value at targetTime from history (ascending by time), as seen from the time of
 * the last history point. Null when the method cannot say anything from that history.
 */
export type Forecaster = (history: readonly Point[], targetTime: Date) => Forecast | null;

export type PredictionMethod = "least_squares" | "holt";

export interface Prediction {
  method: PredictionMethod;
  value: number;
  lower: number;
  upper: number;
  horizonSeconds: number;
  targetTime: Date;
  /** 0..1, from the measured backtest error (see predictSeries), never from the trend's size. */
  confidence: number;
  /** The chosen method's rolling-origin backtest on this series; horizonSeconds is the one tested. */
  backtest: { mape: number; coverage: number | null; n: number; horizonSeconds: number };
  basedOn: { points: number; fromTime: Date; toTime: Date };
}
