"use client";

import type { ReactNode } from "react";
import { Skeleton } from "../Skeleton.tsx";
import { StatePanel } from "../StatePanel.tsx";
import { PANEL } from "../panel.ts";

/** The frame of one chart: title, then the chart, a skeleton while loading, or an error with retry. */
export function ChartCard({
  id,
  title,
  unit,
  summary,
  state,
  onRetry,
  span,
  children,
}: {
  id: string;
  title: string;
  unit: string;
  /** What the chart shows, in words, for screen readers. */
  summary: string;
  /** error: nothing to show; refreshError: the last refresh failed, older data still shown. */
  state: { pending: boolean; error: Error | null; refreshError: Error | null; empty: boolean };
  /** The time span the data covers (ISO), exposed for tests and tools reading the page. */
  span?: { from: string; to: string };
  onRetry: () => void;
  children: ReactNode;
}) {
  const headingId = `chart-${id}-heading`;
  return (
    <section
      className={`min-w-0 ${PANEL}`}
      aria-labelledby={headingId}
      data-testid={`chart-${id}`}
      data-from={span?.from}
      data-to={span?.to}
    >
      <h3 id={headingId} className="mb-2 font-medium">
        {title} {unit ? <span className="text-sm font-normal text-slate-600 dark:text-slate-300">({unit})</span> : null}
      </h3>
      {state.pending ? (
        <div role="status" aria-label={`Loading ${title}`}>
          <Skeleton className="h-[240px] w-full" />
        </div>
      ) : state.error ? (
        <StatePanel
          state="error"
          message={`Could not load ${title}: ${state.error.message}`}
          action={
            <button type="button" onClick={onRetry} className="rounded border border-current px-3 py-1">
              Retry
            </button>
          }
        />
      ) : state.refreshError && !state.empty ? (
        <>
          <p role="alert" className="mb-2 text-sm text-red-700 dark:text-red-300">
            Could not refresh: {state.refreshError.message}.{" "}
            <button type="button" onClick={onRetry} className="underline">
              Retry
            </button>
          </p>
          <Chart summary={summary}>{children}</Chart>
        </>
      ) : state.empty ? (
        <StatePanel state="empty" message="No samples in this range." />
      ) : (
        <Chart summary={summary}>{children}</Chart>
      )}
    </section>
  );
}

/**
 * The chart itself takes focus (arrow keys move its tooltip); screen readers also get the same facts in
 * words, which the chart cannot say.
 */
function Chart({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <figure>
      <figcaption className="sr-only">{summary}</figcaption>
      {children}
    </figure>
  );
}
