import { z } from "zod";
import { CHART_METRICS } from "../metrics.ts";

type Column = (typeof CHART_METRICS)[keyof typeof CHART_METRICS]["column"];
const predictedMetricSchema = z
  .enum(Object.values(CHART_METRICS).map((m) => m.column) as [Column, ...Column[]])
  .describe('The sample column forecast, e.g. "tps" or "disk_usage_mb".');
const predictionMethodSchema = z.enum(["least_squares", "holt"]);

export const storedPredictionSchema = z
  .object({
    id: z.string().regex(/^\d+$/),
    chainId: z.string(),
    nodeId: z.uuid(),
    metric: predictedMetricSchema,
    method: predictionMethodSchema,
    createdAt: z.iso.datetime(),
    targetTime: z.iso.datetime(),
    horizonSeconds: z.int(),
    value: z.number(),
    lower: z.number().describe("Lower end of the 80 % prediction interval."),
    upper: z.number().describe("Upper end of the 80 % prediction interval."),
    confidence: z.number().min(0).max(1),
    backtestMape: z.number().nullable(),
    backtestCoverage: z.number().nullable(),
    actual: z.number().nullable(),
    absError: z.number().nullable(),
    pctError: z.number().nullable(),
    insideInterval: z.boolean().nullable(),
  })
  .describe("A stored forecast; actual and the errors are filled once its target time has passed.");

export const predictionAccuracySchema = z
  .object({
    metric: predictedMetricSchema,
    method: predictionMethodSchema,
    scored: z.int().min(0),
    medianPctError: z.number().nullable(),
    intervalCoverage: z.number().min(0).max(1).nullable(),
  })
  .describe("How the scored predictions of one metric and method fared.");

export const diskFullSchema = z
  .object({
    days: z.number(),
    lower: z.number().describe("Soonest, at the upper end of the growth rate's 80 % interval."),
    upper: z.number().nullable().describe("Latest; null when the slowest rate does not grow (it might never fill)."),
    slopeMbPerDay: z.number(),
    fullAt: z.iso.datetime(),
  })
  .describe("Days until the disk of the chain's newest-reporting node is full, from a week of usage.");

export const chainPredictionsSchema = z.object({
  chainId: z.string(),
  predictions: z.array(storedPredictionSchema).describe("The newest prediction of each node and metric."),
  accuracy: z.array(predictionAccuracySchema),
  diskFull: diskFullSchema.nullable().describe("Null when the disk total is unknown or usage is not growing."),
});
