"use client";

import { createContext, useEffect, type ReactNode } from "react";

/**
 * The server's time when it rendered the page. Clocks start from it while the page hydrates, so the
 * server's HTML and the browser's first render agree ("12s ago", the stale badge). Anything mounted
 * later (after a client-side navigation) starts from the browser's clock.
 */
export const RenderTime = createContext<number | null>(null);

let hydrated = false;
export const pageHydrated = () => hydrated;

export function RenderClock({ at, children }: { at: number; children: ReactNode }) {
  useEffect(() => {
    hydrated = true;
  }, []);
  return <RenderTime value={at}>{children}</RenderTime>;
}
