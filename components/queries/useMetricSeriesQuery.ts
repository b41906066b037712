"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ChartMetric, MetricSeries } from "@/lib/api/schemas/metrics.ts";
import { fetchApi } from "./fetchApi.ts";
import { useServerSeed } from "./useServerSeed.ts";
import { resolveWindow, type WindowSpec } from "./windowSpec.ts";

export const metricSeriesKey = (chainId: string, metric: ChartMetric, window: WindowSpec) =>
  ["chain-metrics", chainId, metric, window] as const;

/**
 * One metric of a chain, a series per node. The page's server render (repeated at the collection
 * interval) supplies the data; the browser fetches it itself only on focus or when asked to retry.
 */
export function useMetricSeriesQuery(
  chainId: string,
  metric: ChartMetric,
  window: WindowSpec,
  seed: { data?: MetricSeries; at: number },
) {
  const key = metricSeriesKey(chainId, metric, window);
  useServerSeed(key, seed.data, seed.at);
  return useQuery({
    queryKey: key,
    queryFn: () => {
      const params = new URLSearchParams({ metric, ...resolveWindow(window) });
      return fetchApi<MetricSeries>(`/api/v1/chains/${encodeURIComponent(chainId)}/metrics?${params}`);
    },
    initialData: seed.data,
    initialDataUpdatedAt: seed.at,
    placeholderData: keepPreviousData,
  });
}
