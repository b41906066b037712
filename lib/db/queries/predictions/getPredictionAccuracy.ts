import type { Db } from "../../createPrismaClient.ts";

export interface PredictionAccuracy {
  metric: string;
  method: string;
  scored: number;
  medianPctError: number | null;
  intervalCoverage: number | null;
}

/** How stored predictions fared once their target time passed, per metric and method. */
export async function getPredictionAccuracy(db: Db, chainId: string): Promise<PredictionAccuracy[]> {
  const rows = await db.$queryRaw<
    { metric: string; method: string; scored: bigint; median: number | null; coverage: number | null }[]
  >`
    SELECT metric, method, count(actual) AS scored,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(pct_error)) AS median,
      avg(inside_interval::int)::float8 AS coverage
    FROM predictions WHERE chain_id = ${chainId} AND actual IS NOT NULL
    GROUP BY metric, method ORDER BY metric, method`;
  return rows.map((row) => ({
    metric: row.metric,
    method: row.method,
    scored: Number(row.scored),
    medianPctError: row.median,
    intervalCoverage: row.coverage,
  }));
}
