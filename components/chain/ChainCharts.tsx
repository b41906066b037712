"use client";

import type { ChartMetric, MetricSeries } from "@/lib/api/schemas/metrics.ts";
import type { HealthPoint } from "@/lib/db/queries/health/getHealthHistory.ts";
import type { Forecast } from "../charts/chartRows.ts";
import { HealthChart } from "../charts/HealthChart.tsx";
import { MetricChart } from "../charts/MetricChart.tsx";
import { metricDisplay } from "../charts/metricDisplay.ts";
import { formatNumber } from "../format.ts";
import { useHealthHistoryQuery } from "../queries/useHealthHistoryQuery.ts";
import { useMetricSeriesQuery } from "../queries/useMetricSeriesQuery.ts";
import type { WindowSpec } from "../queries/windowSpec.ts";
import { RANGES, type ChainChart, type ChainView, type RangeKey } from "./chainView.ts";
import { ChartCard } from "./ChartCard.tsx";
import { DownloadButtons } from "./DownloadButtons.tsx";
import { MetricPicker } from "./MetricPicker.tsx";
import { RangePicker } from "./RangePicker.tsx";

/** What the server rendered first, so the page arrives with its charts drawn. */
export interface InitialCharts {
  at: number;
  series: Partial<Record<ChartMetric, MetricSeries>>;
  health: HealthPoint[] | null;
}

interface Props {
  chainId: string;
  chainType: string | null;
  range: RangeKey | "custom";
  charts: ChainChart[];
  /** The window the server resolved (ISO); a preset range slides on from there. */
  window: { from: string; to: string };
  initial: InitialCharts;
  forecasts: Partial<Record<ChartMetric, Forecast[]>>;
  refreshMs: number;
}

export function ChainCharts({ chainId, chainType, range, charts, window, initial, forecasts, refreshMs }: Props) {
  const spec: WindowSpec = range === "custom" ? { live: false, ...window } : { live: true, seconds: RANGES[range] };
  const view: ChainView =
    range === "custom"
      ? { range, from: new Date(window.from), to: new Date(window.to), charts, problem: null }
      : { range, charts, problem: null };
  // A fixed window that had ended when the page was rendered will not change: no polling for it.
  const refresh = spec.live || Date.parse(window.to) > initial.at ? refreshMs : false;
  return (
    <section aria-labelledby="charts-heading" className="space-y-3">
      <h2 id="charts-heading" className="sr-only">
        Charts
      </h2>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <RangePicker chainId={chainId} current={range} charts={charts} window={window} />
        <DownloadButtons chainId={chainId} charts={charts} window={spec} />
      </div>
      <MetricPicker chainId={chainId} view={view} />
      <div className="grid gap-4 lg:grid-cols-2">
        {charts.map((chart) =>
          chart === "health" ? (
            <HealthCard key={chart} chainId={chainId} spec={spec} initial={initial} refresh={refresh} />
          ) : (
            <MetricCard
              key={chart}
              chainId={chainId}
              chainType={chainType}
              metric={chart}
              spec={spec}
              initial={initial}
              forecasts={spec.live ? (forecasts[chart] ?? []) : []}
              refresh={refresh}
            />
          ),
        )}
      </div>
    </section>
  );
}

function MetricCard(props: {
  chainId: string;
  chainType: string | null;
  metric: ChartMetric;
  spec: WindowSpec;
  initial: InitialCharts;
  forecasts: Forecast[];
  refresh: number | false;
}) {
  const { chainId, metric, spec, initial, forecasts } = props;
  const query = useMetricSeriesQuery(chainId, metric, spec, {
    initial: initial.series[metric],
    initialAt: initial.at,
    refreshMs: props.refresh,
  });
  const { label, unit, divisor } = metricDisplay(metric, props.chainType);
  const data = query.data;
  const empty = !data || data.series.every((s) => s.points.every((p) => p.v === null));
  return (
    <ChartCard
      id={metric}
      title={label}
      unit={unit}
      summary={data ? describeSeries(label, unit, divisor, data, forecasts) : ""}
      state={{ pending: query.isPending, error: data ? null : query.error, refreshError: query.error, empty }}
      onRetry={() => void query.refetch()}
      window={data ? { from: data.from, to: data.to } : undefined}
    >
      {data ? (
        <MetricChart
          data={data}
          unit={unit}
          divisor={divisor}
          forecasts={forecasts}
          domain={[Date.parse(data.from), Date.parse(data.to)]}
          title={`${label} chart`}
        />
      ) : null}
    </ChartCard>
  );
}

function HealthCard(props: { chainId: string; spec: WindowSpec; initial: InitialCharts; refresh: number | false }) {
  const query = useHealthHistoryQuery(props.chainId, props.spec, {
    initial: props.initial.health ?? undefined,
    initialAt: props.initial.at,
    refreshMs: props.refresh,
  });
  const history = query.data;
  const end = props.spec.live ? query.dataUpdatedAt || props.initial.at : Date.parse(props.spec.to);
  const start = props.spec.live ? end - props.spec.seconds * 1000 : Date.parse(props.spec.from);
  const latest = history?.findLast((p) => p.score !== null);
  return (
    <ChartCard
      id="health"
      title="Health"
      unit="0-100"
      summary={`Health over the range: ${history?.length ?? 0} points, latest ${formatNumber(latest?.score, 1)}.`}
      state={{
        pending: query.isPending,
        error: history ? null : query.error,
        refreshError: query.error,
        empty: !history || history.length === 0,
      }}
      onRetry={() => void query.refetch()}
    >
      {history ? <HealthChart history={history} domain={[start, end]} /> : null}
    </ChartCard>
  );
}

/** The chart in words: each node's latest value, and its forecast if any. */
function describeSeries(label: string, unit: string, divisor: number, data: MetricSeries, forecasts: Forecast[]) {
  const nodes = data.series.map((series) => {
    const last = series.points.findLast((p) => p.v !== null);
    const forecast = forecasts.find((f) => f.nodeId === series.nodeId);
    const value = last ? `${formatNumber(last.v! / divisor)} ${unit}`.trim() : "unknown";
    const ahead = forecast
      ? `, forecast ${formatNumber(forecast.value / divisor)} (80 % interval ${formatNumber(forecast.lower / divisor)} to ${formatNumber(forecast.upper / divisor)}) at ${new Date(forecast.targetTime).toLocaleTimeString()}`
      : "";
    return `${series.nodeName}: latest ${value}${ahead}`;
  });
  return `${label} for ${data.series.length} node${data.series.length === 1 ? "" : "s"}. ${nodes.join("; ")}.`;
}
