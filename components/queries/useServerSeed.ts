"use client";

import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect } from "react";

/**
 * Data from a newer server render replaces older cached data: after the page refreshes itself, or when
 * someone comes back to a view they saw minutes ago. (initialData only fills an empty cache.)
 */
export function useServerSeed<T>(key: QueryKey, data: T | undefined, renderedAt: number) {
  const client = useQueryClient();
  useEffect(() => {
    if (data === undefined) return;
    const cached = client.getQueryState(key);
    if (!cached || cached.dataUpdatedAt < renderedAt) client.setQueryData(key, data, { updatedAt: renderedAt });
  }, [client, key, data, renderedAt]);
}
