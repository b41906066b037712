import { z } from "zod";

export const healthClassSchema = z.enum(["excellent", "good", "fair", "poor"]);

export const healthBreakdownItemSchema = z.object({
  component: z.enum(["tps", "blockTime", "nodes", "memory"]),
  metric: z.enum(["tps", "avgBlockTime", "activeNodes", "memoryUsageMb"]),
  value: z.number().nullable(),
  score: z.number().min(0).max(100).nullable().describe("0..100; null when the metric is unknown."),
  weight: z.number(),
  effectiveWeight: z.number().describe("The weight renormalised over the known components; 0 for an unknown one."),
});

export const latestHealthSchema = z
  .object({
    time: z.iso.datetime(),
    score: z.number().min(0).max(100).nullable(),
    healthClass: healthClassSchema.nullable(),
    breakdown: z.array(healthBreakdownItemSchema),
  })
  .describe("The newest stored health of a chain (lib/analytics/health.ts).");

export const chainHealthSchema = z.object({
  chainId: z.string(),
  latest: latestHealthSchema.nullable(),
  history: z
    .array(
      z.object({
        t: z.iso.datetime(),
        score: z.number().min(0).max(100).nullable(),
        breakdown: z.array(healthBreakdownItemSchema).describe("Each component averaged over the bucket."),
      }),
    )
    .describe("Average score per bucket, bucketed like the metric charts."),
});

export const serviceHealthSchema = z
  .object({
    status: z.literal("ok"),
    version: z.string(),
    database: z.literal("reachable"),
    collector: z.object({ running: z.boolean(), lastTickAt: z.iso.datetime().nullable() }),
  })
  .describe("The service itself: database reachable, collector loop running.");
