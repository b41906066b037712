"use client";

import { useContext, useEffect, useState } from "react";
import { RenderTime } from "./RenderClock.tsx";
import { useHydrated } from "./useHydrated.ts";

/**
 * The current time, re-read every `tickMs`, so ages ("12s ago") count up between refreshes. While the
 * page hydrates, the first render uses the server's render time (the same on both sides); the browser's
 * clock takes over right after.
 */
export function useNow(tickMs = 1000): number {
  const renderedAt = useContext(RenderTime);
  const hydrated = useHydrated();
  const [now, setNow] = useState(() => (hydrated || renderedAt === null ? Date.now() : renderedAt));
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, tickMs);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [tickMs]);
  return now;
}
