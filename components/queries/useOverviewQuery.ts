"use client";

import { useQuery } from "@tanstack/react-query";
import type { OverviewDto } from "@/lib/api/schemas/responses/overview.ts";
import { fetchApi } from "./fetchApi.ts";
import { LIVE_REFRESH_MS } from "./refreshIntervals.ts";
import { useServerSeed } from "./useServerSeed.ts";

/** The Overview page's data: the server render's to start with, then refreshed at the collection interval. */
const OVERVIEW_KEY = ["overview"];

export function useOverviewQuery(initial: OverviewDto) {
  useServerSeed(OVERVIEW_KEY, initial, Date.parse(initial.generatedAt));
  return useQuery({
    queryKey: OVERVIEW_KEY,
    queryFn: () => fetchApi<OverviewDto>("/api/v1/overview"),
    initialData: initial,
    // The server's time of the data, so a page opened from cache refetches at once instead of trusting it.
    initialDataUpdatedAt: Date.parse(initial.generatedAt),
    refetchInterval: LIVE_REFRESH_MS,
  });
}
