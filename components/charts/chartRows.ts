import type { MetricSeries } from "@/lib/api/schemas/metrics.ts";

/** A stored prediction of one node's metric, as the chart needs it. */
export interface Forecast {
  nodeId: string;
  targetTime: string;
  value: number;
  lower: number;
  upper: number;
}

export type ChartRow = { t: number } & Record<string, number | null | [number, number]>;

// Column names per node: its samples, its forecast line, and the forecast's 80 % band.
export const valueKey = (nodeId: string) => `v:${nodeId}`;
export const forecastKey = (nodeId: string) => `f:${nodeId}`;
export const bandKey = (nodeId: string) => `b:${nodeId}`;

/**
 * Recharts wants one row per x value with a column per line. A node's forecast starts at its last
 * sample (so the dashed line and its band grow out of the data) and ends at the target time.
 */
export function chartRows(data: MetricSeries, forecasts: Forecast[], divisor = 1): ChartRow[] {
  const rows = new Map<number, ChartRow>();
  const row = (t: number) => {
    let found = rows.get(t);
    if (!found) rows.set(t, (found = { t }));
    return found;
  };
  for (const series of data.series) {
    let last: { t: number; v: number } | null = null;
    for (const point of series.points) {
      const t = Date.parse(point.t);
      const v = point.v === null ? null : point.v / divisor;
      row(t)[valueKey(series.nodeId)] = v;
      if (v !== null) last = { t, v };
    }
    const forecast = forecasts.find((f) => f.nodeId === series.nodeId);
    const target = forecast ? Date.parse(forecast.targetTime) : NaN;
    if (!forecast || !last || !(target > last.t)) continue;
    Object.assign(row(last.t), { [forecastKey(series.nodeId)]: last.v, [bandKey(series.nodeId)]: [last.v, last.v] });
    Object.assign(row(target), {
      [forecastKey(series.nodeId)]: forecast.value / divisor,
      [bandKey(series.nodeId)]: [forecast.lower / divisor, forecast.upper / divisor],
    });
  }
  return [...rows.values()].sort((a, b) => a.t - b.t);
}
