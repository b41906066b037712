"use client";

import { createContext, type ReactNode } from "react";

/**
 * The server's time when it rendered the page. Clocks start from it while the page hydrates, so the
 * server's HTML and the browser's first render agree ("12s ago", the stale badge).
 */
export const RenderTime = createContext<number | null>(null);

export function RenderClock({ at, children }: { at: number; children: ReactNode }) {
  return <RenderTime value={at}>{children}</RenderTime>;
}
