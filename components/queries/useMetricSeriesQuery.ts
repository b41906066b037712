"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ChartMetric, MetricSeries } from "@/lib/api/schemas/metrics.ts";
import { fetchApi } from "./fetchApi.ts";
import { resolveWindow, type WindowSpec } from "./windowSpec.ts";

export const metricSeriesKey = (chainId: string, metric: ChartMetric, window: WindowSpec) =>
  ["chain-metrics", chainId, metric, window] as const;

/** One metric of a chain, a series per node; the server's first render seeds it, then it refreshes live. */
export function useMetricSeriesQuery(
  chainId: string,
  metric: ChartMetric,
  window: WindowSpec,
  options: { initial?: MetricSeries; initialAt?: number; refreshMs: number | false },
) {
  return useQuery({
    queryKey: metricSeriesKey(chainId, metric, window),
    queryFn: () => {
      const params = new URLSearchParams({ metric, ...resolveWindow(window) });
      return fetchApi<MetricSeries>(`/api/v1/chains/${encodeURIComponent(chainId)}/metrics?${params}`);
    },
    initialData: options.initial,
    initialDataUpdatedAt: options.initialAt,
    placeholderData: keepPreviousData,
    refetchInterval: options.refreshMs,
  });
}
