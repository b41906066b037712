"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { ChartMetric, MetricSeries } from "@/lib/api/schemas/metrics.ts";
import type { HealthPoint } from "@/lib/db/queries/health/getHealthHistory.ts";
import { healthHistoryKey } from "../queries/useHealthHistoryQuery.ts";
import { metricSeriesKey } from "../queries/useMetricSeriesQuery.ts";
import { resolveWindow, type WindowSpec } from "../queries/windowSpec.ts";
import type { ChainChart } from "./chainView.ts";
import { viewToCsv, viewToJson, type ShownView } from "./exportView.ts";

/** CSV and JSON of exactly what the charts show: read from the same cache the charts draw from. */
export function DownloadButtons({
  chainId,
  charts,
  spec,
}: {
  chainId: string;
  charts: ChainChart[];
  spec: WindowSpec;
}) {
  const client = useQueryClient();
  const shown = (): ShownView => {
    const metrics = charts.filter((c): c is ChartMetric => c !== "health");
    const series = metrics
      .map((metric) => client.getQueryData<MetricSeries>(metricSeriesKey(chainId, metric, spec)))
      .filter((s): s is MetricSeries => s !== undefined);
    const health = charts.includes("health")
      ? (client.getQueryData<HealthPoint[]>(healthHistoryKey(chainId, spec)) ?? null)
      : null;
    const range = series[0] ? { from: series[0].from, to: series[0].to } : resolveWindow(spec);
    return { chainId, ...range, series, health };
  };
  const download = (format: "csv" | "json") => {
    const view = shown();
    const body = format === "csv" ? viewToCsv(view) : viewToJson(view);
    const blob = new Blob([body], { type: format === "csv" ? "text/csv" : "application/json" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `${chainId}-${view.from.slice(0, 16)}-${view.to.slice(0, 16)}.${format}`.replaceAll(":", "");
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <div className="flex gap-2 text-sm" role="group" aria-label="Download what is shown">
      {(["csv", "json"] as const).map((format) => (
        <button
          key={format}
          type="button"
          onClick={() => download(format)}
          className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Download {format.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
