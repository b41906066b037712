import type { Prediction } from "../../../analytics/predictions/types.ts";
import type { Db } from "../../createPrismaClient.ts";

export async function insertPrediction(
  db: Db,
  where: { chainId: string; nodeId: string; metric: string },
  prediction: Prediction,
  now: Date,
): Promise<void> {
  await db.prediction.create({
    data: {
      ...where,
      method: prediction.method,
      createdAt: now,
      targetTime: prediction.targetTime,
      horizonSeconds: Math.round(prediction.horizonSeconds),
      value: prediction.value,
      lower: prediction.lower,
      upper: prediction.upper,
      confidence: prediction.confidence,
      backtestMape: prediction.backtest.mape,
      backtestCoverage: prediction.backtest.coverage,
    },
  });
}
