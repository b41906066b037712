import type { MetricSeries } from "@/lib/api/schemas/metrics.ts";
import { splitAtGaps } from "./splitAtGaps.ts";

/** A stored prediction of one node's metric, as the chart needs it. */
export interface Forecast {
  nodeId: string;
  targetTime: string;
  value: number;
  lower: number;
  upper: number;
}

export type ChartRow = { t: number } & Record<string, number | null | [number, number]>;

/** One drawn line: a node's run of data between gaps. Only a node's first run is named in the legend. */
export interface ChartLine {
  key: string;
  nodeId: string;
  name: string;
  /** The node's position among the series, which picks its colour. */
  index: number;
  inLegend: boolean;
}

// Column names: a node's runs of samples, its forecast line, and the forecast's 80 % band.
export const valueKey = (nodeId: string, run: number) => `v:${nodeId}:${run}`;
export const forecastKey = (nodeId: string) => `f:${nodeId}`;
export const bandKey = (nodeId: string) => `b:${nodeId}`;

/**
 * Recharts wants one row per x value with a column per line. Each node's samples become one or more
 * runs (split where the node sent nothing for longer than `maxGapMs`); a node's forecast starts at its
 * last sample (so the dashed line and its band grow out of the data) and ends at the target time.
 */
export function chartRows(
  data: MetricSeries,
  forecasts: Forecast[],
  /** `until`: where a forecast stops being drawn (cut on its straight line), so it never dwarfs the data. */
  options: { divisor?: number; maxGapMs: number; until?: number },
): { rows: ChartRow[]; lines: ChartLine[] } {
  const divisor = options.divisor ?? 1;
  const rows = new Map<number, ChartRow>();
  const lines: ChartLine[] = [];
  const row = (t: number) => {
    let found = rows.get(t);
    if (!found) rows.set(t, (found = { t }));
    return found;
  };
  data.series.forEach((series, index) => {
    const points = series.points.map((p) => ({ t: Date.parse(p.t), v: p.v === null ? null : p.v / divisor }));
    const runs = splitAtGaps(points, options.maxGapMs);
    runs.forEach((run, r) => {
      const key = valueKey(series.nodeId, r);
      lines.push({ key, nodeId: series.nodeId, name: series.nodeName, index, inLegend: r === 0 });
      for (const point of run) row(point.t)[key] = point.v;
    });
    const last = runs.at(-1)?.at(-1);
    const forecast = forecasts.find((f) => f.nodeId === series.nodeId);
    const target = forecast ? Date.parse(forecast.targetTime) : NaN;
    if (!forecast || !last || last.v === null || !(target > last.t)) return;
    Object.assign(row(last.t), { [forecastKey(series.nodeId)]: last.v, [bandKey(series.nodeId)]: [last.v, last.v] });
    // The line and the band's edges run straight from the last sample to the target: cutting one is exact.
    const end = Math.min(target, Math.max(options.until ?? target, last.t + 1));
    const along = (value: number) => last.v! + ((value / divisor - last.v!) * (end - last.t)) / (target - last.t);
    Object.assign(row(end), {
      [forecastKey(series.nodeId)]: along(forecast.value),
      [bandKey(series.nodeId)]: [along(forecast.lower), along(forecast.upper)],
    });
  });
  return { rows: [...rows.values()].sort((a, b) => a.t - b.t), lines };
}
