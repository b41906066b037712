"use client";

import { Line, LineChart, YAxis } from "recharts";

const WIDTH = 96;
const HEIGHT = 28;

/**
 * A tiny line of recent values, no axes. Decoration only (aria-hidden): the value it ends at is
 * written next to it. Null points are gaps, not zeros.
 */
export function Sparkline({ points }: { points: { t: string; v: number | null }[] }) {
  const hasData = points.some((p) => p.v !== null);
  return (
    <span aria-hidden className="inline-block shrink-0" style={{ width: WIDTH, height: HEIGHT }}>
      {hasData ? (
        <LineChart
          width={WIDTH}
          height={HEIGHT}
          data={points}
          margin={{ top: 2, right: 2, bottom: 2, left: 2 }}
          // No focusable chart inside hidden content.
          accessibilityLayer={false}
        >
          <YAxis hide domain={["dataMin", "dataMax"]} />
          <Line
            dataKey="v"
            stroke="var(--chart-1)"
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
        </LineChart>
      ) : null}
    </span>
  );
}
