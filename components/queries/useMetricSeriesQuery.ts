"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ChartMetric, MetricSeries } from "@/lib/api/schemas/metrics.ts";
import { fetchApi } from "./fetchApi.ts";
import { LIVE_REFRESH_MS } from "./refreshIntervals.ts";

export function useMetricSeriesQuery(chainId: string, metric: ChartMetric, rangeSeconds: number) {
  return useQuery({
    queryKey: ["chain-metrics", { chainId, metric, rangeSeconds }],
    queryFn: () => {
      // A relative range is resolved at fetch time, so each refresh slides the window forward.
      const to = new Date();
      const from = new Date(to.getTime() - rangeSeconds * 1000);
      const params = new URLSearchParams({ metric, from: from.toISOString(), to: to.toISOString() });
      return fetchApi<MetricSeries>(`/api/v1/chains/${encodeURIComponent(chainId)}/metrics?${params}`);
    },
    placeholderData: keepPreviousData,
    refetchInterval: LIVE_REFRESH_MS,
  });
}
