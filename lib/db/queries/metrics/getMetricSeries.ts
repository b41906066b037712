import { CHART_METRICS, stepFor, type MetricQuery, type MetricSeries } from "../../../api/schemas/metrics.ts";
import type { Db } from "../../createPrismaClient.ts";
import { Prisma } from "../../generated/client.ts";

interface BucketRow {
  node_id: string;
  node_name: string;
  bucket: Date;
  at: Date;
  value: number | string | null;
}

/** One series per node (never mixed), bucketed in SQL so a 30-day range reads at most MAX_POINTS per node. */
export async function getMetricSeries(db: Db, chainId: string, query: MetricQuery): Promise<MetricSeries> {
  const metric = CHART_METRICS[query.metric];
  const stepSeconds = stepFor(query.from, query.to, query.step);
  // Column and aggregate come from the closed CHART_METRICS table, never from the request.
  const column = Prisma.raw(`s.${metric.column}`);
  const aggregate = metric.aggregate === "max" ? Prisma.sql`max(${column})` : Prisma.sql`avg(${column})`;
  const rows = await db.$queryRaw<BucketRow[]>`
    SELECT s.node_id, n.name AS node_name,
      date_bin(make_interval(secs => ${stepSeconds}), s.time, ${query.from}::timestamptz) AS bucket,
      -- A point sits at the mean time of its samples, not the bucket's start: trends fitted on it stay unbiased.
      to_timestamp(avg(extract(epoch FROM s.time))) AS at,
      (${aggregate})::float8 AS value
    FROM metric_samples s JOIN nodes n ON n.id = s.node_id
    WHERE s.chain_id = ${chainId} AND s.time >= ${query.from}::timestamptz AND s.time < ${query.to}::timestamptz
    GROUP BY s.node_id, n.name, bucket
    ORDER BY n.name, bucket`;
  const byNode = new Map<string, MetricSeries["series"][number]>();
  for (const row of rows) {
    let series = byNode.get(row.node_id);
    if (!series) {
      series = { nodeId: row.node_id, nodeName: row.node_name, points: [] };
      byNode.set(row.node_id, series);
    }
    series.points.push({ t: new Date(row.at).toISOString(), v: row.value === null ? null : Number(row.value) });
  }
  return {
    chainId,
    metric: query.metric,
    from: query.from.toISOString(),
    to: query.to.toISOString(),
    stepSeconds,
    series: [...byNode.values()],
  };
}
