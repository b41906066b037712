"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { MetricSeries } from "@/lib/api/schemas/metrics.ts";

const COLOURS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)"];

/** One line per node: samples from different nodes are never merged into one series. */
export function MetricChart({ data, unit }: { data: MetricSeries; unit: string }) {
  const rows = mergeByTime(data);
  const timeFormat = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    ...(data.stepSeconds >= 3600 ? { day: "2-digit", month: "short" } : {}),
  });
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={["dataMin", "dataMax"]}
          tickFormatter={(t: number) => timeFormat.format(t)}
          fontSize={12}
        />
        <YAxis fontSize={12} width={70} domain={["auto", "auto"]} tickFormatter={formatTick} />
        <Tooltip
          labelFormatter={(t) => new Date(Number(t)).toLocaleString()}
          formatter={(v) => [`${Number(v).toLocaleString("en-US", { maximumFractionDigits: 3 })} ${unit}`.trim()]}
        />
        <Legend />
        {data.series.map((series, index) => (
          <Line
            key={series.nodeId}
            dataKey={series.nodeId}
            name={series.nodeName}
            stroke={COLOURS[index % COLOURS.length]}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

// Exact below a million (block heights must read exactly), compact above.
function formatTick(value: number): string {
  return Math.abs(value) >= 1e6
    ? value.toLocaleString("en-US", { notation: "compact", maximumFractionDigits: 2 })
    : value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** Recharts wants one row per x value with a column per line. */
function mergeByTime(data: MetricSeries): Record<string, number | null>[] {
  const rows = new Map<number, Record<string, number | null>>();
  for (const series of data.series) {
    for (const point of series.points) {
      const t = Date.parse(point.t);
      const row = rows.get(t) ?? { t };
      row[series.nodeId] = point.v;
      rows.set(t, row);
    }
  }
  return [...rows.values()].sort((a, b) => (a.t as number) - (b.t as number));
}
