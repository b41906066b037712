import type { Db } from "../../createPrismaClient.ts";
import { Prisma } from "../../generated/client.ts";

export interface SparklinePoint {
  /** Start of the bucket. */
  t: string;
  /** Median TPS across the chain's nodes in the bucket; null when no node reported TPS in it. */
  v: number | null;
}

/** One bucket a minute over the last hour: the sparkline on each overview card. */
export const SPARKLINE_STEP_SECONDS = 60;
export const SPARKLINE_BUCKETS = 60;

interface SparklineRow {
  chain_id: string;
  bucket: Date;
  value: number | string | null;
}

/**
 * TPS of each chain (or of the given ones) over the last hour, one point per bucket. Each node is
 * averaged within a bucket first, then the chain's point is the median across nodes, so a line
 * never blends raw samples of different nodes and one odd node cannot drag it. Chains with a
 * sample in the window get every bucket (empty ones null, drawn as gaps); others get no entry.
 */
export async function getChainSparklines(
  db: Db,
  now: Date,
  chainIds?: string[],
): Promise<Map<string, SparklinePoint[]>> {
  if (chainIds?.length === 0) return new Map();
  const stepMs = SPARKLINE_STEP_SECONDS * 1000;
  // Buckets aligned to the minute, so a refresh moves the line by whole buckets instead of reshuffling it.
  const last = new Date(Math.floor(now.getTime() / stepMs) * stepMs);
  const first = new Date(last.getTime() - (SPARKLINE_BUCKETS - 1) * stepMs);
  const filter = chainIds === undefined ? Prisma.empty : Prisma.sql`AND s.chain_id = ANY(${chainIds}::text[])`;
  const rows = await db.$queryRaw<SparklineRow[]>`
    WITH per_node AS (
      SELECT s.chain_id, s.node_id,
        date_bin(make_interval(secs => ${SPARKLINE_STEP_SECONDS}), s.time, ${first}::timestamptz) AS bucket,
        avg(s.tps) AS tps
      FROM metric_samples s
      WHERE s.time >= ${first}::timestamptz AND s.time <= ${now}::timestamptz ${filter}
      GROUP BY s.chain_id, s.node_id, bucket
    ),
    per_chain AS (
      -- percentile_cont skips nulls: a node without TPS neither counts as 0 nor hides the others.
      SELECT chain_id, bucket, percentile_cont(0.5) WITHIN GROUP (ORDER BY tps) AS value
      FROM per_node GROUP BY chain_id, bucket
    ),
    buckets AS (
      SELECT generate_series(${first}::timestamptz, ${last}::timestamptz,
        make_interval(secs => ${SPARKLINE_STEP_SECONDS})) AS bucket
    )
    SELECT c.chain_id, b.bucket, p.value::float8 AS value
    FROM (SELECT DISTINCT chain_id FROM per_node) c
    CROSS JOIN buckets b
    LEFT JOIN per_chain p ON p.chain_id = c.chain_id AND p.bucket = b.bucket
    ORDER BY c.chain_id, b.bucket`;
  const lines = new Map<string, SparklinePoint[]>();
  for (const row of rows) {
    let line = lines.get(row.chain_id);
    if (!line) {
      line = [];
      lines.set(row.chain_id, line);
    }
    line.push({ t: new Date(row.bucket).toISOString(), v: row.value === null ? null : Number(row.value) });
  }
  return lines;
}
