import { z } from "zod";

const resourceTotalSchema = z
  .object({ total: z.number().nullable(), reporting: z.int().min(0) })
  .describe("A sum over the chains that reported the metric; total is null when none did.");

export const crossChainAnalysisSchema = z
  .object({
    totalChains: z.int().min(0),
    activeChains: z.int().min(0).describe("Chains whose health is at least 50."),
    chainsByType: z.record(z.string(), z.int().min(0)).describe('Chains per type ("unknown" for none).'),
    comparison: z
      .array(
        z.object({
          chainId: z.string(),
          name: z.string(),
          type: z.string().nullable(),
          tps: z.number().nullable(),
          avgBlockTime: z.number().nullable(),
          health: z.number().nullable(),
          rank: z.int().min(1).nullable().describe("1 = healthiest; null when the health is unknown."),
        }),
      )
      .describe("One row per chain, in ranking order."),
    ranking: z.array(z.string()).describe("Chain ids by health descending, unknown health last."),
    resources: z.object({
      memoryUsageMb: resourceTotalSchema,
      diskUsageMb: resourceTotalSchema,
      clientCount: resourceTotalSchema,
      agentCount: resourceTotalSchema,
    }),
    alerts: z
      .object({ total: z.int(), critical: z.int(), warning: z.int(), info: z.int() })
      .describe("Firing alerts over all chains."),
  })
  .describe("Every chain side by side (lib/analytics/crossChain.ts); an empty system gives zeros.");
