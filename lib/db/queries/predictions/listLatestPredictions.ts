import type { Db } from "../../createPrismaClient.ts";

export interface StoredPrediction {
  id: string;
  chainId: string;
  nodeId: string;
  metric: string;
  method: string;
  createdAt: string;
  targetTime: string;
  horizonSeconds: number;
  value: number;
  lower: number;
  upper: number;
  confidence: number;
  backtestMape: number | null;
  backtestCoverage: number | null;
  actual: number | null;
  absError: number | null;
  pctError: number | null;
  insideInterval: boolean | null;
}

/** The newest prediction of each (node, metric) of a chain. */
export async function listLatestPredictions(db: Db, chainId: string): Promise<StoredPrediction[]> {
  const rows = await db.$queryRaw<{ id: bigint }[]>`
    SELECT DISTINCT ON (p.node_id, p.metric) p.id FROM predictions p JOIN nodes n ON n.id = p.node_id AND n.enabled
    WHERE p.chain_id = ${chainId} AND p.target_time > now()
    ORDER BY p.node_id, p.metric, p.created_at DESC`;
  const predictions = await db.prediction.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    orderBy: [{ metric: "asc" }, { nodeId: "asc" }],
  });
  return predictions.map((p) => ({
    id: p.id.toString(),
    chainId: p.chainId,
    nodeId: p.nodeId,
    metric: p.metric,
    method: p.method,
    createdAt: p.createdAt.toISOString(),
    targetTime: p.targetTime.toISOString(),
    horizonSeconds: p.horizonSeconds,
    value: p.value,
    lower: p.lower,
    upper: p.upper,
    confidence: p.confidence,
    backtestMape: p.backtestMape,
    backtestCoverage: p.backtestCoverage,
    actual: p.actual,
    absError: p.absError,
    pctError: p.pctError,
    insideInterval: p.insideInterval,
  }));
}
