import type { MetricValues } from "../../../collector/metrics.ts";
import type { Db } from "../../createPrismaClient.ts";

export interface SampleRow extends MetricValues {
  chainId: string;
  nodeId: string;
  time: Date;
}

type Executor = Pick<Db, "$executeRaw">;

const text = (value: bigint | number | boolean | null) => (value === null ? null : String(value));

/** Inserts samples in one statement (unnest of column arrays), the fast path for bulk writes. */
export async function insertSamples(db: Executor, rows: SampleRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const column = <T>(pick: (row: SampleRow) => T) => rows.map(pick);
  // Numbers travel as text so bigint heights and 256-bit gas prices stay exact on both drivers.
  return db.$executeRaw`
    INSERT INTO metric_samples (chain_id, node_id, time, block_height, tps, avg_block_time, gas_price,
      memory_usage_mb, disk_usage_mb, active_nodes, client_count, miner_count, agent_count, network_in_mb, network_out_mb,
      peer_count, base_fee, gas_used_ratio, mempool_size, mempool_bytes, syncing, sync_progress,
      memory_total_mb, disk_total_mb)
    SELECT * FROM unnest(
      ${column((r) => r.chainId)}::text[],
      ${column((r) => r.nodeId)}::uuid[],
      ${column((r) => r.time.toISOString())}::timestamptz[],
      ${column((r) => text(r.blockHeight))}::bigint[],
      ${column((r) => text(r.tps))}::float8[],
      ${column((r) => text(r.avgBlockTime))}::float8[],
      ${column((r) => text(r.gasPrice))}::numeric[],
      ${column((r) => text(r.memoryUsageMb))}::float8[],
      ${column((r) => text(r.diskUsageMb))}::float8[],
      ${column((r) => text(r.activeNodes))}::int[],
      ${column((r) => text(r.clientCount))}::int[],
      ${column((r) => text(r.minerCount))}::int[],
      ${column((r) => text(r.agentCount))}::int[],
      ${column((r) => text(r.networkInMb))}::float8[],
      ${column((r) => text(r.networkOutMb))}::float8[],
      ${column((r) => text(r.peerCount))}::int[],
      ${column((r) => text(r.baseFee))}::numeric[],
      ${column((r) => text(r.gasUsedRatio))}::float8[],
      ${column((r) => text(r.mempoolSize))}::int[],
      ${column((r) => text(r.mempoolBytes))}::bigint[],
      ${column((r) => text(r.syncing))}::boolean[],
      ${column((r) => text(r.syncProgress))}::float8[],
      ${column((r) => text(r.memoryTotalMb))}::float8[],
      ${column((r) => text(r.diskTotalMb))}::float8[]
    )`;
}
