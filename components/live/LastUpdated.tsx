"use client";

import { formatAge } from "../format.ts";
import { freshness } from "./freshness.ts";
import { useNow } from "./Clock.tsx";

/** "Last sample 12s ago", and a stale marker once the data is older than two collection intervals. */
export function LastUpdated({
  lastSampleAt,
  intervalSeconds,
  label = "Last sample",
}: {
  lastSampleAt: string | null | undefined;
  intervalSeconds: number | null;
  label?: string;
}) {
  const now = useNow();
  const { stale } = freshness(lastSampleAt, intervalSeconds, now);
  return (
    <span
      className="inline-flex items-center gap-2 text-sm text-slate-600 dark:text-slate-300"
      data-testid="last-updated"
    >
      <span>
        {label} {lastSampleAt ? <time dateTime={lastSampleAt}>{formatAge(lastSampleAt, now)}</time> : "never"}
      </span>
      {stale ? (
        <span
          className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100"
          title={`No new sample for more than two collection intervals (${intervalSeconds} s each)`}
          data-testid="stale"
        >
          stale
        </span>
      ) : null}
    </span>
  );
}
