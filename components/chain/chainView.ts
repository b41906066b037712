// What the chain page shows, kept in its URL (like Grafana's time range), so a copied link opens the same view.
import { CHART_METRICS, MAX_RANGE_DAYS, type ChartMetric } from "@/lib/api/schemas/metrics.ts";

export const RANGES = { "15m": 900, "1h": 3600, "6h": 21_600, "24h": 86_400, "7d": 604_800, "30d": 2_592_000 } as const;
export type RangeKey = keyof typeof RANGES;
export const DEFAULT_RANGE: RangeKey = "1h";

/** The charts an operator can choose, in page order; "health" is the chain's score, the rest are metrics. */
export const CHAIN_CHARTS = [
  "tps",
  "avgBlockTime",
  "blockHeight",
  "gasPrice",
  "memoryUsageMb",
  "diskUsageMb",
  "activeNodes",
  "peerCount",
  "networkInMb",
  "networkOutMb",
  "health",
] as const satisfies readonly (ChartMetric | "health")[];
export type ChainChart = (typeof CHAIN_CHARTS)[number];

export const chartLabel = (chart: ChainChart) => (chart === "health" ? "Health" : CHART_METRICS[chart].label);

export type ChainView =
  | { range: RangeKey; charts: ChainChart[]; problem: string | null }
  | { range: "custom"; from: Date; to: Date; charts: ChainChart[]; problem: string | null };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** Reads the view from the URL; anything unreadable falls back to the default with a note saying why. */
export function parseChainView(params: SearchParams): ChainView {
  const charts = parseCharts(one(params.metrics));
  const range = one(params.range);
  const from = one(params.from);
  const to = one(params.to);
  if (range === "custom" || (range === undefined && (from !== undefined || to !== undefined))) {
    const custom = parseCustom(from, to);
    if (typeof custom === "string") return { range: DEFAULT_RANGE, charts, problem: custom };
    return { range: "custom", ...custom, charts, problem: null };
  }
  // hasOwn, not `in`: "constructor" or "__proto__" are not ranges.
  if (range === undefined || Object.hasOwn(RANGES, range)) {
    return { range: (range as RangeKey | undefined) ?? DEFAULT_RANGE, charts, problem: null };
  }
  return { range: DEFAULT_RANGE, charts, problem: `Unknown range "${range}": showing the last ${DEFAULT_RANGE}.` };
}

function parseCharts(value: string | undefined): ChainChart[] {
  if (value === undefined) return [...CHAIN_CHARTS];
  const wanted = new Set(value.split(","));
  const charts = CHAIN_CHARTS.filter((chart) => wanted.has(chart));
  return charts.length === 0 ? [...CHAIN_CHARTS] : charts;
}

function parseCustom(from: string | undefined, to: string | undefined): { from: Date; to: Date } | string {
  // A time without a zone would be read in the server's zone: only UTC or an explicit offset is exact.
  const instant = (value: string | undefined) =>
    value !== undefined && /(Z|[+-]\d\d:\d\d)$/.test(value) ? Date.parse(value) : NaN;
  const start = instant(from);
  const end = instant(to);
  if (Number.isNaN(start) || Number.isNaN(end))
    return `A custom range needs a from and a to in ISO 8601 with a time zone: showing the last ${DEFAULT_RANGE}.`;
  if (start >= end) return `A custom range must start before it ends: showing the last ${DEFAULT_RANGE}.`;
  if (end - start > MAX_RANGE_DAYS * 86_400_000)
    return `A range may span at most ${MAX_RANGE_DAYS} days: showing the last ${DEFAULT_RANGE}.`;
  return { from: new Date(start), to: new Date(end) };
}

/** The query string of a view; the chart list is left out when every chart is shown. */
export function chainViewQuery(
  view: Pick<ChainView, "charts"> & ({ range: RangeKey } | { range: "custom"; from: Date; to: Date }),
): string {
  const params = new URLSearchParams();
  if (view.range === "custom") {
    params.set("range", "custom");
    params.set("from", view.from.toISOString());
    params.set("to", view.to.toISOString());
  } else {
    // Always spelled out, so a shared link keeps its meaning even if the default changes.
    params.set("range", view.range);
  }
  if (view.charts.length < CHAIN_CHARTS.length)
    params.set("metrics", CHAIN_CHARTS.filter((c) => view.charts.includes(c)).join(","));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The time window a view covers now: a preset range ends at `now` and slides (live), a custom one is fixed. */
export function viewWindow(view: ChainView, now: number): { from: Date; to: Date; live: boolean } {
  if (view.range === "custom") return { from: view.from, to: view.to, live: false };
  return { from: new Date(now - RANGES[view.range] * 1000), to: new Date(now), live: true };
}
