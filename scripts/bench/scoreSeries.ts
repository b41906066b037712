// Backtests the reference method and predictSeries on the same series, origins and horizon.
import { backtest, type BacktestResult } from "../../lib/analytics/predictions/backtest.ts";
import { predictSeries } from "../../lib/analytics/predictions/predictSeries.ts";
import { referenceForecaster } from "../../lib/analytics/predictions/referenceMethod.ts";
import type { Forecaster, PredictionMethod } from "../../lib/analytics/predictions/types.ts";
import type { BenchSeries } from "./benchSeries.ts";

export interface SeriesScore {
  name: string;
  points: number;
  reference: BacktestResult;
  ours: BacktestResult;
  /** What predictSeries picks on the whole series (the prediction it would make now). */
  method: PredictionMethod | null;
  confidence: number | null;
}

/** Origins need 10 points: the reference predicts nothing with fewer, and both see the same origins. */
const OPTIONS = { maxOrigins: 20, minFitPoints: 10 };

export function scoreSeries(series: BenchSeries): SeriesScore {
  const options = { ...OPTIONS, horizonSeconds: series.horizonSeconds };
  const ours: Forecaster = (history, targetTime) => {
    const last = history.at(-1);
    if (!last) return null;
    const horizonSeconds = (targetTime.getTime() - last.time.getTime()) / 1000;
    return predictSeries(history, { horizonSeconds, nonNegative: series.nonNegative });
  };
  const now = predictSeries(series.points, { horizonSeconds: series.horizonSeconds, nonNegative: series.nonNegative });
  return {
    name: series.name,
    points: series.points.length,
    reference: backtest(series.points, referenceForecaster(), options),
    ours: backtest(series.points, ours, options),
    method: now?.method ?? null,
    confidence: now?.confidence ?? null,
  };
}
