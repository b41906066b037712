import { z } from "zod";
import { isoDateSchema } from "./common.ts";

// The metrics a chart may ask for; the key is also the column it reads (a closed set, so safe in SQL).
export const CHART_METRICS = {
  blockHeight: { column: "block_height", label: "Block height", unit: "", aggregate: "max" },
  tps: { column: "tps", label: "TPS", unit: "tx/s", aggregate: "avg" },
  avgBlockTime: { column: "avg_block_time", label: "Block time", unit: "s", aggregate: "avg" },
  gasPrice: { column: "gas_price", label: "Gas price", unit: "wei", aggregate: "avg" },
  memoryUsageMb: { column: "memory_usage_mb", label: "Memory", unit: "MB", aggregate: "avg" },
  diskUsageMb: { column: "disk_usage_mb", label: "Disk", unit: "MB", aggregate: "avg" },
  activeNodes: { column: "active_nodes", label: "Active nodes", unit: "", aggregate: "avg" },
  peerCount: { column: "peer_count", label: "Peers", unit: "", aggregate: "avg" },
  networkInMb: { column: "network_in_mb", label: "Network in", unit: "MB", aggregate: "avg" },
  networkOutMb: { column: "network_out_mb", label: "Network out", unit: "MB", aggregate: "avg" },
} as const;

export type ChartMetric = keyof typeof CHART_METRICS;
export const chartMetricSchema = z.enum(Object.keys(CHART_METRICS) as [ChartMetric, ...ChartMetric[]]);

/** The server never returns more points than this per series, whatever the range. */
export const MAX_POINTS = 1000;
export const MAX_RANGE_DAYS = 400;

/** The smallest step (seconds) that keeps a range within MAX_POINTS buckets (the server's, and the charts' idea of it). */
export function stepFor(from: Date, to: Date, requested?: number): number {
  const minimum = Math.ceil((to.getTime() - from.getTime()) / 1000 / MAX_POINTS);
  return Math.max(requested ?? 1, minimum, 1);
}

export const metricQuerySchema = z
  .strictObject({
    metric: chartMetricSchema,
    from: isoDateSchema,
    to: isoDateSchema,
    step: z.coerce.number().int().min(1).max(86_400).optional(),
  })
  .superRefine((q, ctx) => {
    // Zod still runs this when a field failed, so only compare two real dates.
    if (!(q.from instanceof Date) || !(q.to instanceof Date)) return;
    if (q.from >= q.to) ctx.addIssue({ code: "custom", message: "must be before to", path: ["from"] });
    if (q.to.getTime() - q.from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
      ctx.addIssue({ code: "custom", message: `range must be at most ${MAX_RANGE_DAYS} days`, path: ["from"] });
    }
  });
export type MetricQuery = z.infer<typeof metricQuerySchema>;

export const metricSeriesSchema = z.object({
  chainId: z.string(),
  metric: chartMetricSchema,
  from: z.string(),
  to: z.string(),
  stepSeconds: z.number(),
  series: z.array(
    z.object({
      nodeId: z.uuid(),
      nodeName: z.string(),
      points: z.array(z.object({ t: z.string(), v: z.number().nullable() })),
    }),
  ),
});
export type MetricSeries = z.infer<typeof metricSeriesSchema>;
