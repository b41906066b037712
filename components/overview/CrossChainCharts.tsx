"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { HealthClass } from "@/lib/analytics/types.ts";
import type { OverviewChainDto } from "@/lib/api/schemas/responses/overview.ts";
import { AXIS_PROPS, formatTick, GRID_PROPS, TOOLTIP_STYLE } from "../charts/chartTheme.ts";
import { formatNumber } from "../format.ts";
import { HEALTH_COLOUR_VARS, healthColour } from "../healthColours.ts";
import { PANEL } from "../panel.ts";

interface BarRow {
  name: string;
  value: number | null;
  fill: string;
  /** Said after the value in the summary, e.g. the health class. */
  note: string | null;
}

const finite = (x: number | null | undefined) => (typeof x === "number" && Number.isFinite(x) ? x : null);
const NAME_CHARS = 16;

/** TPS and health of every chain side by side, as bars; each chart's accessible name lists its values. */
export function CrossChainCharts({ chains }: { chains: OverviewChainDto[] }) {
  const tps = chains.map((c) => ({ name: c.name, value: finite(c.latest?.tps), fill: "var(--chart-1)", note: null }));
  const health = chains.map((c) => {
    const healthClass: HealthClass | null = c.health?.healthClass ?? null;
    return { name: c.name, value: finite(c.health?.score), fill: healthColour(healthClass), note: healthClass };
  });
  return (
    <div className={`grid gap-4 lg:grid-cols-2 ${HEALTH_COLOUR_VARS}`}>
      <BarPanel id="tps-per-chain" metric="TPS" unit="tx/s" rows={tps} empty="No chain reports TPS yet." />
      <BarPanel
        id="health-per-chain"
        metric="Health"
        unit="of 100"
        rows={health}
        domain={[0, 100]}
        empty="No chain has a health score yet."
      />
    </div>
  );
}

function BarPanel({
  id,
  metric,
  unit,
  rows,
  domain,
  empty,
}: {
  id: string;
  metric: string;
  unit: string;
  rows: BarRow[];
  domain?: [number, number];
  empty: string;
}) {
  const title = `${metric} per chain`;
  const summary = `${title} (${unit}): ${rows
    .map((r) => `${r.name} ${r.value === null ? "unknown" : formatNumber(r.value)}${r.note ? ` ${r.note}` : ""}`)
    .join(", ")}`;
  const height = 40 + rows.length * 32;
  return (
    <section aria-labelledby={`${id}-heading`} className={PANEL} data-testid={`chart-${id}`}>
      <h2 id={`${id}-heading`} className="mb-2 font-medium">
        {title}
      </h2>
      {rows.every((r) => r.value === null) ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{empty}</p>
      ) : (
        <div role="img" aria-label={summary} style={{ height }}>
          <ResponsiveContainer width="100%" height={height}>
            <BarChart
              data={rows}
              layout="vertical"
              margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
              // The wrapper's label says what the chart shows; a focusable chart inside an image would be hidden from screen readers.
              accessibilityLayer={false}
            >
              <CartesianGrid {...GRID_PROPS} horizontal={false} />
              <XAxis {...AXIS_PROPS} type="number" domain={domain ?? [0, "auto"]} tickFormatter={formatTick} />
              <YAxis
                {...AXIS_PROPS}
                type="category"
                dataKey="name"
                width={110}
                tickFormatter={(name: string) =>
                  name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1)}…` : name
                }
              />
              <Tooltip
                {...TOOLTIP_STYLE}
                cursor={{ fill: "var(--chart-grid)", fillOpacity: 0.5 }}
                itemStyle={{ color: "var(--tooltip-fg)" }}
                formatter={(v) => [`${formatNumber(Number(v))} ${unit}`, metric]}
              />
              <Bar dataKey="value" isAnimationActive={false} maxBarSize={24}>
                {rows.map((row, index) => (
                  <Cell key={`${row.name}-${index}`} fill={row.fill} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </section>
  );
}
