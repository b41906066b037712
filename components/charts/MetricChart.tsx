"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { MetricSeries } from "@/lib/api/schemas/metrics.ts";
import { AXIS_PROPS, formatTick, GRID_PROPS, seriesColour, timeTickFormatter, TOOLTIP_STYLE } from "./chartTheme.ts";
import { bandKey, chartRows, forecastKey, type Forecast } from "./chartRows.ts";
import { maxGapMs } from "./splitAtGaps.ts";

/**
 * One line per node (samples from different nodes are never merged); a node's forecast continues its
 * line dashed, inside a shaded 80 % interval band.
 */
export function MetricChart({
  data,
  unit,
  divisor,
  forecasts,
  domain,
  title,
  intervalSeconds,
}: {
  data: MetricSeries;
  unit: string;
  divisor: number;
  forecasts: Forecast[];
  /** The window shown (ms); a forecast may extend it to the right. */
  domain: [number, number];
  /** The chart's accessible name (keyboard users can focus it and move its tooltip with the arrow keys). */
  title: string;
  /** The chain's collection interval: a node silent for a few of these shows as a break in its line. */
  intervalSeconds: number;
}) {
  const { rows, lines } = chartRows(data, forecasts, {
    divisor,
    maxGapMs: maxGapMs(data.stepSeconds, intervalSeconds),
    // A forecast looks ahead by at most half the span shown: an hour ahead would flatten a 15-minute chart.
    until: domain[1] + (domain[1] - domain[0]) / 2,
  });
  const end = Math.max(domain[1], rows.at(-1)?.t ?? domain[1]);
  const formatTime = timeTickFormatter((end - domain[0]) / 1000);
  const withForecast = new Set(forecasts.map((f) => f.nodeId));
  const names = new Map(data.series.map((s) => [s.nodeId, s.nodeName]));
  return (
    <ResponsiveContainer width="100%" height={240}>
      <ComposedChart title={title} data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid {...GRID_PROPS} />
        <XAxis
          {...AXIS_PROPS}
          dataKey="t"
          type="number"
          scale="time"
          domain={[domain[0], end]}
          tickFormatter={formatTime}
        />
        <YAxis {...AXIS_PROPS} width={64} domain={["auto", "auto"]} tickFormatter={formatTick} />
        <Tooltip
          {...TOOLTIP_STYLE}
          labelFormatter={(t) => new Date(Number(t)).toLocaleString()}
          formatter={(value, name) => [tooltipValue(value, unit), name]}
        />
        <Legend />
        {data.series.map((series, index) =>
          withForecast.has(series.nodeId) ? (
            <Area
              key={`band-${series.nodeId}`}
              dataKey={bandKey(series.nodeId)}
              name={`${series.nodeName} 80 % interval`}
              fill={seriesColour(index)}
              fillOpacity={0.15}
              stroke="none"
              legendType="none"
              isAnimationActive={false}
              connectNulls
            />
          ) : null,
        )}
        {lines.map((line) => (
          <Line
            key={line.key}
            dataKey={line.key}
            name={line.name}
            stroke={seriesColour(line.index)}
            strokeWidth={2}
            dot={false}
            legendType={line.inLegend ? "line" : "none"}
            isAnimationActive={false}
            connectNulls
          />
        ))}
        {data.series.map((series, index) =>
          withForecast.has(series.nodeId) ? (
            <Line
              key={`forecast-${series.nodeId}`}
              dataKey={forecastKey(series.nodeId)}
              name={`${names.get(series.nodeId)} forecast`}
              stroke={seriesColour(index)}
              strokeDasharray="6 4"
              strokeWidth={2}
              dot={false}
              legendType="none"
              isAnimationActive={false}
              connectNulls
            />
          ) : null,
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}

function tooltipValue(value: unknown, unit: string): string {
  const format = (v: unknown) => Number(v).toLocaleString("en-US", { maximumFractionDigits: 3 });
  const text = Array.isArray(value) ? `${format(value[0])} – ${format(value[1])}` : format(value);
  return `${text} ${unit}`.trim();
}
