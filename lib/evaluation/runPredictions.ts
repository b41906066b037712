import { predictSeries } from "../analytics/predictions/predictSeries.ts";
import { scorePrediction } from "../analytics/predictions/scorePrediction.ts";
import { CHART_METRICS, type ChartMetric } from "../api/schemas/metrics.ts";
import type { Db } from "../db/createPrismaClient.ts";
import { listChains } from "../db/queries/chains/listChains.ts";
import { getMetricSeries } from "../db/queries/metrics/getMetricSeries.ts";
import { insertPrediction } from "../db/queries/predictions/insertPrediction.ts";

/** Metrics forecast for every node of every chain; all are non-negative. */
export const PREDICTED_METRICS: ChartMetric[] = ["tps", "avgBlockTime", "gasPrice", "memoryUsageMb", "diskUsageMb"];
export const PREDICTION_HORIZON_SECONDS = 3600;
const WINDOW_SECONDS = 24 * 3600;

const toPoints = (points: { t: string; v: number | null }[]) =>
  points.flatMap((p) => (p.v === null ? [] : [{ time: new Date(p.t), value: p.v }]));

/** Forecasts each (chain, node, metric) one horizon ahead from the last day, by time; stores what can be said. */
export async function runPredictions(db: Db, now = new Date()): Promise<number> {
  let stored = 0;
  const from = new Date(now.getTime() - WINDOW_SECONDS * 1000);
  for (const chain of await listChains(db)) {
    for (const metric of PREDICTED_METRICS) {
      const { series } = await getMetricSeries(db, chain.id, { metric, from, to: now });
      for (const node of series) {
        const prediction = predictSeries(toPoints(node.points), {
          horizonSeconds: PREDICTION_HORIZON_SECONDS,
          nonNegative: true,
          now,
        });
        if (!prediction) continue;
        await insertPrediction(
          db,
          { chainId: chain.id, nodeId: node.nodeId, metric: CHART_METRICS[metric].column },
          prediction,
          now,
        );
        stored += 1;
      }
    }
  }
  return stored;
}

/** Scores predictions whose target time has passed against the samples around it. */
export async function scoreDuePredictions(db: Db, now = new Date()): Promise<number> {
  // Wait a margin past the target, so samples on both sides of it exist to compare with.
  const margin = 15 * 60_000;
  const due = await db.prediction.findMany({
    where: { scoredAt: null, targetTime: { lte: new Date(now.getTime() - margin) } },
    take: 500,
  });
  let scored = 0;
  for (const prediction of due) {
    const metric = (Object.keys(CHART_METRICS) as ChartMetric[]).find(
      (key) => CHART_METRICS[key].column === prediction.metric,
    );
    if (!metric) continue;
    const { series } = await getMetricSeries(db, prediction.chainId, {
      metric,
      from: new Date(prediction.targetTime.getTime() - margin),
      to: new Date(Math.min(now.getTime(), prediction.targetTime.getTime() + margin)),
    });
    const points = toPoints(series.find((s) => s.nodeId === prediction.nodeId)?.points ?? []);
    const score = scorePrediction(prediction, points);
    // No data around the target (the node was down): scored as unknown, never as a hit or a miss.
    await db.prediction.update({
      where: { id: prediction.id },
      data: {
        scoredAt: now,
        actual: score?.actual ?? null,
        absError: score?.absoluteError ?? null,
        pctError: score?.percentageError ?? null,
        insideInterval: score?.insideInterval ?? null,
      },
    });
    if (score) scored += 1;
  }
  return scored;
}
