"use client";

import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { HealthPoint } from "@/lib/db/queries/health/getHealthHistory.ts";
import { formatNumber } from "../format.ts";
import { AXIS_PROPS, GRID_PROPS, timeTickFormatter } from "./chartTheme.ts";
import { maxGapMs, splitAtGaps } from "./splitAtGaps.ts";

// The class bands of lib/analytics/health.ts, drawn faintly behind the line.
const BANDS = [
  { from: 0, to: 40, fill: "var(--status-down)" },
  { from: 40, to: 60, fill: "var(--status-degraded)" },
  { from: 80, to: 100, fill: "var(--status-up)" },
];

/**
 * The chain's health over time, broken where no score was recorded (an outage is a gap, not a bridge);
 * hovering a point, or moving to it with the arrow keys, shows what made up the score then.
 */
export function HealthChart({
  history,
  domain,
  stepSeconds,
  intervalSeconds,
}: {
  history: HealthPoint[];
  domain: [number, number];
  stepSeconds: number;
  intervalSeconds: number;
}) {
  const points = history.map((point) => ({ t: Date.parse(point.t), v: point.score, point }));
  const runs = splitAtGaps(points, maxGapMs(stepSeconds, intervalSeconds));
  const rows = runs.flatMap((run, r) => run.map(({ t, v, point }) => ({ t, [`s${r}`]: v, point })));
  const formatTime = timeTickFormatter((domain[1] - domain[0]) / 1000);
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart
        title="Health history; move with the arrow keys to read each point's breakdown"
        data={rows}
        margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
      >
        {BANDS.map((band) => (
          <ReferenceArea
            key={band.from}
            y1={band.from}
            y2={band.to}
            fill={band.fill}
            fillOpacity={0.06}
            stroke="none"
          />
        ))}
        <CartesianGrid {...GRID_PROPS} />
        <XAxis {...AXIS_PROPS} dataKey="t" type="number" scale="time" domain={domain} tickFormatter={formatTime} />
        <YAxis {...AXIS_PROPS} width={40} domain={[0, 100]} ticks={[0, 40, 60, 80, 100]} />
        <Tooltip content={<BreakdownTooltip />} />
        {runs.map((_, r) => (
          <Line
            key={r}
            dataKey={`s${r}`}
            name="Health"
            stroke="var(--chart-1)"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

function BreakdownTooltip({ active, payload }: { active?: boolean; payload?: { payload?: { point: HealthPoint } }[] }) {
  const point = payload?.[0]?.payload?.point;
  if (!active || !point) return null;
  return (
    <div
      className="rounded-md border p-2 text-xs shadow"
      style={{ background: "var(--tooltip-bg)", color: "var(--tooltip-fg)", borderColor: "var(--tooltip-border)" }}
      data-testid="health-tooltip"
    >
      <p className="font-medium">
        {new Date(point.t).toLocaleString()} ·{" "}
        {point.score === null ? "unknown" : `${formatNumber(point.score, 1)} / 100`}
      </p>
      <table className="mt-1">
        <tbody>
          {point.breakdown.map((item) => (
            <tr key={item.component}>
              <td className="pr-3">{item.component}</td>
              <td className="pr-3 text-right tabular-nums">{formatNumber(item.value)}</td>
              <td className="pr-3 text-right tabular-nums">
                {item.score === null ? "unknown" : `score ${formatNumber(item.score, 0)}`}
              </td>
              <td className="text-right tabular-nums">{Math.round(item.effectiveWeight * 100)} %</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
