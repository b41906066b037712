"use client";

import { useQuery } from "@tanstack/react-query";
import type { ChainDto } from "@/lib/api/schemas/chains.ts";
import { fetchApi } from "./fetchApi.ts";
import { LIVE_REFRESH_MS } from "./refreshIntervals.ts";

export function useChainsQuery(initialChains: ChainDto[]) {
  return useQuery({
    queryKey: ["chains"],
    queryFn: async () => (await fetchApi<{ chains: ChainDto[] }>("/api/v1/chains")).chains,
    initialData: initialChains,
    refetchInterval: LIVE_REFRESH_MS,
  });
}
