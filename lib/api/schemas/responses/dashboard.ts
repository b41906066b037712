import { z } from "zod";
import { alertSchema } from "../alerts.ts";
import { crossChainAnalysisSchema } from "./crossChain.ts";
import { storedPredictionSchema } from "./predictions.ts";
import { recommendationSchema } from "./recommendations.ts";
import { chainSummarySchema } from "./summary.ts";

export const dashboardSchema = z
  .object({
    generatedAt: z.iso.datetime(),
    overview: crossChainAnalysisSchema,
    chainSummaries: z.record(z.string(), chainSummarySchema).describe("Each chain's summary of the last 24 hours."),
    recentAlerts: z.array(alertSchema).max(20).describe("The 20 newest alerts of any state."),
    predictions: z
      .record(z.string(), z.array(storedPredictionSchema).max(5))
      .describe("Each chain's newest predictions (at most 5)."),
    recommendations: z.record(z.string(), z.array(recommendationSchema)),
  })
  .describe("The dashboard's data (lib/evaluation/dashboardData.ts); the records are keyed by chain id.");
