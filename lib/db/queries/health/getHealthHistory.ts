import type { HealthBreakdownItem } from "../../../analytics/health.ts";
import type { Db } from "../../createPrismaClient.ts";
import { stepFor } from "../../../api/schemas/metrics.ts";

export interface HealthPoint {
  t: string;
  score: number | null;
  /** Each component averaged over the bucket, so a dip in the line can be explained on hover. */
  breakdown: HealthBreakdownItem[];
}

interface Row {
  bucket: Date;
  score: number | null;
  breakdown: HealthBreakdownItem[] | null;
}

/** Health over a range, bucketed like every chart (at most MAX_POINTS), with the breakdown per bucket. */
export async function getHealthHistory(db: Db, chainId: string, from: Date, to: Date): Promise<HealthPoint[]> {
  const step = stepFor(from, to);
  // Components are averaged in SQL: a 30-day range holds far more rows than are worth sending to the app.
  const rows = await db.$queryRaw<Row[]>`
    WITH scores AS (
      SELECT date_bin(make_interval(secs => ${step}), time, ${from}::timestamptz) AS bucket, score, breakdown
      FROM health_scores WHERE chain_id = ${chainId} AND time >= ${from} AND time < ${to}
    ), components AS (
      SELECT bucket, item->>'component' AS component, min(item->>'metric') AS metric,
        avg((item->>'value')::float8) AS value, avg((item->>'score')::float8) AS score,
        avg((item->>'weight')::float8) AS weight, avg((item->>'effectiveWeight')::float8) AS effective_weight
      FROM scores, jsonb_array_elements(breakdown) AS item
      GROUP BY bucket, component
    )
    SELECT s.bucket, s.score, c.breakdown
    FROM (SELECT bucket, avg(score)::float8 AS score FROM scores GROUP BY bucket) s
    LEFT JOIN (
      SELECT bucket, jsonb_agg(jsonb_build_object(
        'component', component, 'metric', metric, 'value', value, 'score', score,
        'weight', weight, 'effectiveWeight', effective_weight) ORDER BY component) AS breakdown
      FROM components GROUP BY bucket
    ) c ON c.bucket = s.bucket
    ORDER BY s.bucket`;
  return rows.map((row) => ({
    t: new Date(row.bucket).toISOString(),
    score: row.score,
    breakdown: row.breakdown ?? [],
  }));
}
