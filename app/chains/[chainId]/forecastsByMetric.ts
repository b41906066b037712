import type { Forecast } from "@/components/charts/chartRows.ts";
import { CHART_METRICS, type ChartMetric } from "@/lib/api/schemas/metrics.ts";
import type { StoredPrediction } from "@/lib/db/queries/predictions/listLatestPredictions.ts";

/** Stored predictions (named by column) grouped by the chart metric they continue. */
export function forecastsByMetric(predictions: StoredPrediction[]): Partial<Record<ChartMetric, Forecast[]>> {
  const byColumn = new Map(Object.entries(CHART_METRICS).map(([key, m]) => [m.column as string, key as ChartMetric]));
  const grouped: Partial<Record<ChartMetric, Forecast[]>> = {};
  for (const p of predictions) {
    const metric = byColumn.get(p.metric);
    if (!metric) continue;
    (grouped[metric] ??= []).push({
      nodeId: p.nodeId,
      targetTime: p.targetTime,
      value: p.value,
      lower: p.lower,
      upper: p.upper,
    });
  }
  return grouped;
}
