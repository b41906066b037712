import { z } from "zod";
import { isoDateSchema } from "./common.ts";

// The numeric sample columns a summary covers; a closed set, so their names are safe in SQL.
export const SUMMARY_METRICS = {
  blockHeight: "block_height",
  tps: "tps",
  avgBlockTime: "avg_block_time",
  gasPrice: "gas_price",
  memoryUsageMb: "memory_usage_mb",
  diskUsageMb: "disk_usage_mb",
  activeNodes: "active_nodes",
  clientCount: "client_count",
  minerCount: "miner_count",
  agentCount: "agent_count",
  networkInMb: "network_in_mb",
  networkOutMb: "network_out_mb",
  peerCount: "peer_count",
  baseFee: "base_fee",
  gasUsedRatio: "gas_used_ratio",
  mempoolSize: "mempool_size",
} as const;
export type SummaryMetric = keyof typeof SUMMARY_METRICS;

/** A range as from/to, or as the last `hours` (default 24, as the reference summary). */
export const rangeQuerySchema = z
  .strictObject({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    hours: z.coerce
      .number()
      .positive()
      .max(24 * 400)
      .optional(),
    nodeId: z.uuid().optional(),
  })
  .superRefine((q, ctx) => {
    if (q.hours !== undefined && (q.from || q.to))
      ctx.addIssue({ code: "custom", message: "give hours or from/to, not both", path: ["hours"] });
    if (q.from instanceof Date && q.to instanceof Date && q.from >= q.to)
      ctx.addIssue({ code: "custom", message: "must be before to", path: ["from"] });
  })
  .transform((q) => {
    const to = q.to ?? new Date();
    const from = q.from ?? new Date(to.getTime() - (q.hours ?? 24) * 3_600_000);
    return { from, to, nodeId: q.nodeId };
  });

export const statSchema = z.object({
  count: z.int(),
  avg: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  median: z.number().nullable(),
  p95: z.number().nullable(),
});
export type Stat = z.infer<typeof statSchema>;
