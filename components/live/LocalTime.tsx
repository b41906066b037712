"use client";

import { useEffect, useState } from "react";
import { formatLocal, formatUtc } from "../format.ts";
import { pageHydrated } from "./RenderClock.tsx";

/**
 * A time in the viewer's zone. The server cannot know that zone, so the page first shows UTC (the same
 * on both sides of hydration) and switches to local time once in the browser.
 */
export function LocalTime({ iso }: { iso: string }) {
  const [local, setLocal] = useState(pageHydrated);
  useEffect(() => {
    const timer = setTimeout(() => setLocal(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return (
    <time dateTime={iso} title={local ? formatUtc(iso) : undefined}>
      {local ? formatLocal(iso) : formatUtc(iso)}
    </time>
  );
}
