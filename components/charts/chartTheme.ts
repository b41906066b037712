// Chart colours come from CSS variables (app/globals.css), so both themes restyle charts without a re-render.
export const SERIES_COLOURS = [
  "var(--chart-1)",
  "var(--chart-2)",
  "var(--chart-3)",
  "var(--chart-4)",
  "var(--chart-5, var(--chart-1))",
  "var(--chart-6, var(--chart-2))",
];

export const seriesColour = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length]!;

export const AXIS_PROPS = {
  fontSize: 12,
  stroke: "var(--chart-axis, currentColor)",
  tick: { fill: "var(--chart-axis, currentColor)" },
};
export const GRID_PROPS = { strokeDasharray: "3 3", stroke: "var(--chart-grid, currentColor)", strokeOpacity: 0.6 };
export const TOOLTIP_STYLE = {
  contentStyle: {
    background: "var(--tooltip-bg, white)",
    color: "var(--tooltip-fg, black)",
    border: "1px solid var(--tooltip-border, #cbd5e1)",
    borderRadius: 6,
    fontSize: 13,
  },
  labelStyle: { color: "var(--tooltip-fg, black)" },
};

/** Exact below a million (block heights must read exactly), compact above. */
export function formatTick(value: number): string {
  return Math.abs(value) >= 1e6
    ? value.toLocaleString("en-US", { notation: "compact", maximumFractionDigits: 2 })
    : value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** Axis times: hours and minutes, with the day once a range spans days. */
export function timeTickFormatter(spanSeconds: number): (t: number) => string {
  const format = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    ...(spanSeconds > 86_400 ? { day: "2-digit", month: "short" } : {}),
  });
  return (t: number) => format.format(t);
}
