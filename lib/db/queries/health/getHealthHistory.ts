import type { Db } from "../../createPrismaClient.ts";
import { stepFor } from "../metrics/getMetricSeries.ts";

export interface HealthPoint {
  t: string;
  score: number | null;
}

/** Health over a range, bucketed like every chart (at most MAX_POINTS). */
export async function getHealthHistory(db: Db, chainId: string, from: Date, to: Date): Promise<HealthPoint[]> {
  const step = stepFor(from, to);
  const rows = await db.$queryRaw<{ bucket: Date; score: number | null }[]>`
    SELECT date_bin(make_interval(secs => ${step}), time, ${from}::timestamptz) AS bucket, avg(score)::float8 AS score
    FROM health_scores WHERE chain_id = ${chainId} AND time >= ${from} AND time < ${to}
    GROUP BY bucket ORDER BY bucket`;
  return rows.map((row) => ({ t: new Date(row.bucket).toISOString(), score: row.score }));
}
