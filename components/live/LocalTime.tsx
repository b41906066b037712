"use client";

import { formatLocal, formatUtc } from "../format.ts";
import { useHydrated } from "./useHydrated.ts";

/**
 * A time in the viewer's zone. The server cannot know that zone, so the page first shows UTC (the same
 * on both sides of hydration) and switches to local time once in the browser.
 */
export function LocalTime({ iso }: { iso: string }) {
  const local = useHydrated();
  return (
    <time dateTime={iso} title={local ? formatUtc(iso) : undefined}>
      {local ? formatLocal(iso) : formatUtc(iso)}
    </time>
  );
}
