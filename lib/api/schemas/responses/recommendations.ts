import { z } from "zod";
import { RECOMMENDATION_RULES } from "../../../analytics/recommendations.ts";
import type { RuleName } from "../../../analytics/recommendationRules.ts";

const ruleNames = RECOMMENDATION_RULES.map(([name]) => name) as [RuleName, ...RuleName[]];

export const evidenceSchema = z.object({
  metric: z.string(),
  value: z.number(),
  threshold: z.number(),
  comparison: z.enum(["lt", "lte", "gt", "gte"]),
  trend: z
    .object({
      predictedValue: z.number(),
      horizonHours: z.number(),
      lower: z.number().nullable(),
      upper: z.number().nullable(),
    })
    .nullable(),
  observedAt: z.iso.datetime().describe("The sample's time for sample metrics; now for node and head state."),
});

export const recommendationSchema = z
  .object({
    id: z.string().describe('Stable across runs: "rule:chain" or "rule:chain:node".'),
    rule: z.enum(ruleNames),
    chainId: z.string(),
    nodeId: z.uuid().nullable(),
    priority: z.enum(["high", "medium", "low"]),
    type: z.enum(["performance", "resource", "availability"]),
    issue: z.string(),
    action: z.string(),
    expectedImprovement: z.string(),
    evidence: evidenceSchema,
  })
  .describe("A recommendation with the evidence it rests on (lib/analytics/recommendations.ts).");

export const chainRecommendationsSchema = z.object({
  chainId: z.string(),
  recommendations: z.array(recommendationSchema).describe("By priority, then rule order, then id."),
});
