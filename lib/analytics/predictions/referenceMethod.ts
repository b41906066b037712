// The method ChainPulse's predictions used before, kept only so the benchmark can compare
// against it. It counts samples, not time, has no interval, and its confidence is not measured.
import type { Forecaster } from "./types.ts";

export interface ReferencePrediction {
  predicted: number;
  confidence: number;
}

/**
 * With >= 10 samples: recent = mean of the last 5 values, older = mean of the 5 before;
 * trend = (recent - older) / older; predicted = recent * (1 + trend * hours / 24);
 * confidence = max(0.1, 1 - |trend|). Null with fewer samples, as before.
 */
export function referencePrediction(values: readonly number[], hours: number): ReferencePrediction | null {
  if (values.length < 10) return null;
  const recent = average(values.slice(-5));
  const older = average(values.slice(-10, -5));
  const trend = (recent - older) / older;
  return { predicted: recent * (1 + (trend * hours) / 24), confidence: Math.max(0.1, 1 - Math.abs(trend)) };
}

/**
 * The reference method as a Forecaster, hours counted from the last point. When older is 0 the
 * division gives a non-finite value and no forecast (the old code would have shown NaN).
 */
export function referenceForecaster(): Forecaster {
  return (history, targetTime) => {
    const last = history.at(-1);
    if (!last) return null;
    const hours = (targetTime.getTime() - last.time.getTime()) / 3_600_000;
    const prediction = referencePrediction(
      history.map((point) => point.value),
      hours,
    );
    if (!prediction || !Number.isFinite(prediction.predicted)) return null;
    return { value: prediction.predicted, lower: null, upper: null };
  };
}

const average = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
