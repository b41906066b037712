"use client";

import { stepFor, type ChartMetric, type MetricSeries } from "@/lib/api/schemas/metrics.ts";
import type { HealthPoint } from "@/lib/db/queries/health/getHealthHistory.ts";
import type { Forecast } from "../charts/chartRows.ts";
import { HealthChart } from "../charts/HealthChart.tsx";
import { MetricChart } from "../charts/MetricChart.tsx";
import { metricDisplay } from "../charts/metricDisplay.ts";
import { formatNumber, formatUtc } from "../format.ts";
import { useHealthHistoryQuery } from "../queries/useHealthHistoryQuery.ts";
import { useMetricSeriesQuery } from "../queries/useMetricSeriesQuery.ts";
import type { WindowSpec } from "../queries/windowSpec.ts";
import { RANGES, type ChainChart, type ChainView, type RangeKey } from "./chainView.ts";
import { ChartCard } from "./ChartCard.tsx";
import { DownloadButtons } from "./DownloadButtons.tsx";
import { MetricPicker } from "./MetricPicker.tsx";
import { RangePicker } from "./RangePicker.tsx";

/** What the server read for this render; each refresh of the page brings newer data. */
export interface ServerCharts {
  at: number;
  series: Partial<Record<ChartMetric, MetricSeries>>;
  health: HealthPoint[] | null;
}

interface Props {
  chainId: string;
  chainType: string | null;
  range: RangeKey | "custom";
  charts: ChainChart[];
  /** The time span the server resolved (ISO); a preset range slides on from there. */
  span: { from: string; to: string };
  server: ServerCharts;
  forecasts: Partial<Record<ChartMetric, Forecast[]>>;
  /** The chain's collection interval: silence for a few of these is drawn as a gap. */
  intervalSeconds: number;
}

export function ChainCharts({ chainId, chainType, range, charts, span, server, forecasts, intervalSeconds }: Props) {
  const spec: WindowSpec = range === "custom" ? { live: false, ...span } : { live: true, seconds: RANGES[range] };
  const view: ChainView =
    range === "custom"
      ? { range, from: new Date(span.from), to: new Date(span.to), charts, problem: null }
      : { range, charts, problem: null };
  return (
    <section aria-labelledby="charts-heading" className="space-y-3">
      <h2 id="charts-heading" className="sr-only">
        Charts
      </h2>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <RangePicker chainId={chainId} current={range} charts={charts} span={span} />
        <DownloadButtons chainId={chainId} charts={charts} spec={spec} />
      </div>
      <MetricPicker chainId={chainId} view={view} />
      <div className="grid gap-4 lg:grid-cols-2">
        {charts.map((chart) =>
          chart === "health" ? (
            <HealthHistoryCard
              key={chart}
              chainId={chainId}
              spec={spec}
              server={server}
              intervalSeconds={intervalSeconds}
            />
          ) : (
            <MetricCard
              key={chart}
              chainId={chainId}
              chainType={chainType}
              metric={chart}
              spec={spec}
              server={server}
              forecasts={spec.live ? (forecasts[chart] ?? []) : []}
              intervalSeconds={intervalSeconds}
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
  server: ServerCharts;
  forecasts: Forecast[];
  intervalSeconds: number;
}) {
  const { chainId, metric, spec, server, forecasts } = props;
  const query = useMetricSeriesQuery(chainId, metric, spec, { data: server.series[metric], at: server.at });
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
      span={data ? { from: data.from, to: data.to } : undefined}
    >
      {data ? (
        <MetricChart
          data={data}
          unit={unit}
          divisor={divisor}
          forecasts={forecasts}
          domain={[Date.parse(data.from), Date.parse(data.to)]}
          title={`${label} chart`}
          intervalSeconds={props.intervalSeconds}
        />
      ) : null}
    </ChartCard>
  );
}

function HealthHistoryCard(props: {
  chainId: string;
  spec: WindowSpec;
  server: ServerCharts;
  intervalSeconds: number;
}) {
  const { spec, server } = props;
  const query = useHealthHistoryQuery(props.chainId, spec, { data: server.health ?? undefined, at: server.at });
  const history = query.data;
  const end = spec.live ? query.dataUpdatedAt || server.at : Date.parse(spec.to);
  const start = spec.live ? end - spec.seconds * 1000 : Date.parse(spec.from);
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
      {history ? (
        <HealthChart
          history={history}
          domain={[start, end]}
          stepSeconds={stepFor(new Date(start), new Date(end))}
          intervalSeconds={props.intervalSeconds}
        />
      ) : null}
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
      ? `, forecast ${formatNumber(forecast.value / divisor)} (80 % interval ${formatNumber(forecast.lower / divisor)} to ${formatNumber(forecast.upper / divisor)}) at ${formatUtc(forecast.targetTime)}`
      : "";
    return `${series.nodeName}: latest ${value}${ahead}`;
  });
  return `${label} for ${data.series.length} node${data.series.length === 1 ? "" : "s"}. ${nodes.join("; ")}.`;
}
