"use client";

import type { RangeKey } from "@/app/chains/[chainId]/searchParams.ts";
import { CHART_METRICS, type ChartMetric } from "@/lib/api/schemas/metrics.ts";
import { MetricChart } from "./charts/MetricChart.tsx";
import { useMetricSeriesQuery } from "./queries/useMetricSeriesQuery.ts";
import { RangePicker } from "./RangePicker.tsx";
import { StatePanel } from "./StatePanel.tsx";

const SHOWN: ChartMetric[] = ["blockHeight", "tps"];

export function ChainCharts({
  chainId,
  range,
  rangeSeconds,
}: {
  chainId: string;
  range: RangeKey;
  rangeSeconds: number;
}) {
  return (
    <div className="space-y-4">
      <RangePicker chainId={chainId} current={range} />
      <div className="grid gap-4 lg:grid-cols-2">
        {SHOWN.map((metric) => (
          <ChartCard key={metric} chainId={chainId} metric={metric} rangeSeconds={rangeSeconds} />
        ))}
      </div>
    </div>
  );
}

function ChartCard({ chainId, metric, rangeSeconds }: { chainId: string; metric: ChartMetric; rangeSeconds: number }) {
  const { data, error, isPending, refetch } = useMetricSeriesQuery(chainId, metric, rangeSeconds);
  const { label, unit } = CHART_METRICS[metric];
  const points = data?.series.reduce((sum, series) => sum + series.points.length, 0) ?? 0;
  return (
    <section
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
      aria-label={`${label} chart`}
      data-testid={`chart-${metric}`}
    >
      <h2 className="mb-2 font-medium">
        {label} {unit ? <span className="text-sm text-slate-500">({unit})</span> : null}
      </h2>
      {isPending ? (
        <StatePanel state="loading" message="Loading…" />
      ) : error && !data ? (
        <StatePanel
          state="error"
          message={error.message}
          action={
            <button type="button" onClick={() => void refetch()} className="underline">
              Retry
            </button>
          }
        />
      ) : points === 0 || !data ? (
        <StatePanel state="empty" message="No samples in this range yet." />
      ) : (
        <MetricChart data={data} unit={unit} />
      )}
    </section>
  );
}
