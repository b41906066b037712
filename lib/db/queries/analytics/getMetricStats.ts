import { SUMMARY_METRICS, type Stat, type SummaryMetric } from "../../../api/schemas/summary.ts";
import type { Db } from "../../createPrismaClient.ts";
import { Prisma } from "../../generated/client.ts";

export interface NodeStats {
  nodeId: string;
  nodeName: string;
  samples: number;
  metrics: Record<SummaryMetric, Stat>;
}

type Row = Record<string, number | bigint | string | null> & { node_id: string; node_name: string; samples: bigint };

/**
 * count, avg, min, max, median and p95 of every numeric metric over a range, computed in SQL,
 * one row per node: samples of different nodes are never mixed into one series.
 */
export async function getMetricStats(
  db: Db,
  chainId: string,
  from: Date,
  to: Date,
  nodeId?: string,
): Promise<NodeStats[]> {
  const columns = Object.entries(SUMMARY_METRICS).map(([key, column]) => {
    const value = Prisma.raw(`s.${column}::float8`);
    return Prisma.sql`count(${value}) AS "${Prisma.raw(key)}_count", avg(${value}) AS "${Prisma.raw(key)}_avg",
      min(${value}) AS "${Prisma.raw(key)}_min", max(${value}) AS "${Prisma.raw(key)}_max",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${value}) AS "${Prisma.raw(key)}_median",
      percentile_cont(0.95) WITHIN GROUP (ORDER BY ${value}) AS "${Prisma.raw(key)}_p95"`;
  });
  const nodeFilter = nodeId ? Prisma.sql`AND s.node_id = ${nodeId}::uuid` : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>`
    SELECT s.node_id, n.name AS node_name, count(*) AS samples, ${Prisma.join(columns)}
    FROM metric_samples s JOIN nodes n ON n.id = s.node_id
    WHERE s.chain_id = ${chainId} AND s.time >= ${from} AND s.time < ${to} ${nodeFilter}
    GROUP BY s.node_id, n.name ORDER BY n.name`;
  const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  return rows.map((row) => ({
    nodeId: row.node_id,
    nodeName: row.node_name,
    samples: Number(row.samples),
    metrics: Object.fromEntries(
      Object.keys(SUMMARY_METRICS).map((key) => [
        key,
        {
          count: Number(row[`${key}_count`] ?? 0),
          avg: num(row[`${key}_avg`]),
          min: num(row[`${key}_min`]),
          max: num(row[`${key}_max`]),
          median: num(row[`${key}_median`]),
          p95: num(row[`${key}_p95`]),
        },
      ]),
    ) as Record<SummaryMetric, Stat>,
  }));
}
