import { z } from "zod";
import { alertSchema } from "../alerts.ts";
import { sampleSchema } from "../chains.ts";
import { statSchema, SUMMARY_METRICS, type SummaryMetric } from "../summary.ts";
import { latestHealthSchema } from "./health.ts";

const metricKeys = Object.keys(SUMMARY_METRICS) as SummaryMetric[];
const statsByMetric = Object.fromEntries(metricKeys.map((key) => [key, statSchema])) as Record<
  SummaryMetric,
  typeof statSchema
>;

export const nodeStatsSchema = z
  .object({
    nodeId: z.uuid(),
    nodeName: z.string(),
    samples: z.int().min(0),
    metrics: z.object(statsByMetric),
  })
  .describe("count, avg, min, max, median and p95 of each metric of one node over the range.");

export const chainSummarySchema = z.object({
  chainId: z.string(),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  timeRangeHours: z.number(),
  dataPoints: z.int().min(0).describe("Samples in the range, over all nodes."),
  latest: sampleSchema.nullable(),
  nodes: z.array(nodeStatsSchema),
  health: latestHealthSchema.nullable(),
  activeAlerts: z.array(alertSchema).describe("Pending and firing alerts of the chain, newest first (at most 100)."),
});
