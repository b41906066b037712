import {
  CHART_METRICS,
  stepFor,
  type ChartMetric,
  type MetricQuery,
  type MetricSeries,
} from "../../../api/schemas/metrics.ts";
import type { Db } from "../../createPrismaClient.ts";
import { Prisma } from "../../generated/client.ts";

interface BucketRow {
  node_id: string;
  node_name: string;
  at: Date;
  /** One column per metric asked for, named after its key. */
  [metric: string]: unknown;
}

/** One series per node (never mixed), bucketed in SQL so a 30-day range reads at most MAX_POINTS per node. */
export async function getMetricSeries(db: Db, chainId: string, query: MetricQuery): Promise<MetricSeries> {
  const [series] = await getMetricSeriesMany(db, chainId, [query.metric], query);
  return series!;
}

/**
 * Several metrics of a chain over one range in a single pass over the samples (a chart page shows up
 * to ten): each bucketed per node as getMetricSeries does.
 */
export async function getMetricSeriesMany(
  db: Db,
  chainId: string,
  metrics: ChartMetric[],
  range: { from: Date; to: Date; step?: number },
): Promise<MetricSeries[]> {
  if (metrics.length === 0) return [];
  const stepSeconds = stepFor(range.from, range.to, range.step);
  // Columns and aggregates come from the closed CHART_METRICS table, never from the request.
  const values = Prisma.join(
    metrics.map((key) => {
      const { column, aggregate } = CHART_METRICS[key];
      return Prisma.raw(`(${aggregate === "max" ? "max" : "avg"}(s.${column}))::float8 AS "${key}"`);
    }),
  );
  // Aggregated per (node, bucket) first, named after: the join then touches a thousand rows, not millions.
  const rows = await db.$queryRaw<BucketRow[]>`
    WITH buckets AS (
      SELECT s.node_id,
        date_bin(make_interval(secs => ${stepSeconds}), s.time, ${range.from}::timestamptz) AS bucket,
        -- A point sits at the mean time of its samples, not the bucket's start: trends fitted on it stay unbiased.
        avg(extract(epoch FROM s.time)) AS at_epoch,
        ${values}
      FROM metric_samples s
      WHERE s.chain_id = ${chainId} AND s.time >= ${range.from}::timestamptz AND s.time < ${range.to}::timestamptz
      GROUP BY s.node_id, bucket
    )
    SELECT b.*, to_timestamp(b.at_epoch) AS at, n.name AS node_name
    FROM buckets b JOIN nodes n ON n.id = b.node_id
    ORDER BY n.name, b.node_id, b.bucket`;
  return metrics.map((metric) => {
    const byNode = new Map<string, MetricSeries["series"][number]>();
    for (const row of rows) {
      let series = byNode.get(row.node_id);
      if (!series) {
        series = { nodeId: row.node_id, nodeName: row.node_name, points: [] };
        byNode.set(row.node_id, series);
      }
      const value = row[metric] as number | string | null;
      series.points.push({ t: new Date(row.at).toISOString(), v: value === null ? null : Number(value) });
    }
    return {
      chainId,
      metric,
      from: range.from.toISOString(),
      to: range.to.toISOString(),
      stepSeconds,
      series: [...byNode.values()],
    };
  });
}
