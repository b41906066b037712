"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useHydrated } from "./useHydrated.ts";

const Now = createContext<{ now: number; renderedAt: number } | null>(null);

/**
 * One clock for the whole page, ticking every second, so ages ("12s ago") and stale badges count up
 * between refreshes, from the browser's clock.
 */
export function Clock({ renderedAt, children }: { renderedAt: number; children: ReactNode }) {
  const [now, setNow] = useState(renderedAt);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  return <Now value={{ now, renderedAt }}>{children}</Now>;
}

/**
 * The page clock's current time (ms). While a part of the page hydrates (parts streamed in late
 * included, when the clock has long been ticking) it is the server's render time, so what the
 * server rendered and what hydration renders agree.
 */
export function useNow(): number {
  const clock = useContext(Now);
  const hydrated = useHydrated();
  if (clock === null) throw new Error("useNow needs a <Clock> above it (app/layout.tsx)");
  return hydrated ? clock.now : clock.renderedAt;
}
