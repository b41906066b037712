import { z } from "zod";
import { chainSchema } from "../chains.ts";
import { crossChainAnalysisSchema } from "./crossChain.ts";
import { latestHealthSchema } from "./health.ts";

const count = z.int().min(0);

export const overviewChainSchema = chainSchema
  .extend({
    health: latestHealthSchema
      .pick({ score: true, healthClass: true })
      .nullable()
      .describe("The newest stored health; null when none was computed yet."),
    openAlerts: z
      .object({ critical: count, warning: count, info: count, total: count, pending: count })
      .describe(
        "Firing alerts of the chain by severity, and their total; `pending` counts the pending ones " +
          "(condition holds, forSeconds not yet reached), which are not in the total.",
      ),
    tpsSparkline: z
      .array(z.object({ t: z.iso.datetime(), v: z.number().nullable() }))
      .max(60)
      .describe(
        "TPS over the last hour, one point a minute (t = bucket start): each node averaged per bucket, " +
          "then the median across nodes. v is null where no node reported TPS; empty when the chain has " +
          "no sample in the hour.",
      ),
  })
  .describe("A chain as the overview card shows it.");

export const overviewSchema = z
  .object({
    generatedAt: z.iso.datetime(),
    chains: z.array(overviewChainSchema).describe("Every chain, by name."),
    analysis: crossChainAnalysisSchema,
  })
  .describe("The Overview page's data (lib/evaluation/overviewData.ts); an empty system has no chains and zeros.");

export type OverviewDto = z.infer<typeof overviewSchema>;
export type OverviewChainDto = z.infer<typeof overviewChainSchema>;
