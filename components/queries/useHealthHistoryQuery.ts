"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { HealthPoint } from "@/lib/db/queries/health/getHealthHistory.ts";
import { fetchApi } from "./fetchApi.ts";
import { resolveWindow, type WindowSpec } from "./windowSpec.ts";

export const healthHistoryKey = (chainId: string, window: WindowSpec) => ["chain-health", chainId, window] as const;

/** A chain's health over the window, with the breakdown per bucket. */
export function useHealthHistoryQuery(
  chainId: string,
  window: WindowSpec,
  options: { initial?: HealthPoint[]; initialAt?: number; refreshMs: number | false },
) {
  return useQuery({
    queryKey: healthHistoryKey(chainId, window),
    queryFn: async () => {
      const params = new URLSearchParams(resolveWindow(window));
      const url = `/api/v1/chains/${encodeURIComponent(chainId)}/health?${params}`;
      return (await fetchApi<{ history: HealthPoint[] }>(url)).history;
    },
    initialData: options.initial,
    initialDataUpdatedAt: options.initialAt,
    placeholderData: keepPreviousData,
    refetchInterval: options.refreshMs,
  });
}
