"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { HealthPoint } from "@/lib/db/queries/health/getHealthHistory.ts";
import { fetchApi } from "./fetchApi.ts";
import { useServerSeed } from "./useServerSeed.ts";
import { resolveWindow, type WindowSpec } from "./windowSpec.ts";

export const healthHistoryKey = (chainId: string, window: WindowSpec) => ["chain-health", chainId, window] as const;

/** A chain's health over the window, with the breakdown per bucket; supplied like useMetricSeriesQuery. */
export function useHealthHistoryQuery(chainId: string, window: WindowSpec, seed: { data?: HealthPoint[]; at: number }) {
  const key = healthHistoryKey(chainId, window);
  useServerSeed(key, seed.data, seed.at);
  return useQuery({
    queryKey: key,
    queryFn: async () => {
      const params = new URLSearchParams(resolveWindow(window));
      const url = `/api/v1/chains/${encodeURIComponent(chainId)}/health?${params}`;
      return (await fetchApi<{ history: HealthPoint[] }>(url)).history;
    },
    initialData: seed.data,
    initialDataUpdatedAt: seed.at,
    placeholderData: keepPreviousData,
  });
}
