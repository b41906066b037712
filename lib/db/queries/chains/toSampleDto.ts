import type { SampleDto } from "../../../api/schemas/chains.ts";

/** A metric_samples row as raw SQL returns it (snake_case, bigint and numeric as driver types). */
export interface SampleSqlRow {
  time: Date;
  node_id: string;
  block_height: bigint | number | null;
  tps: number | null;
  avg_block_time: number | null;
  gas_price: Numeric | null;
  memory_usage_mb: number | null;
  disk_usage_mb: number | null;
  active_nodes: number | null;
  client_count: number | null;
  miner_count: number | null;
  agent_count: number | null;
  network_in_mb: number | null;
  network_out_mb: number | null;
  peer_count: number | null;
  base_fee: Numeric | null;
  gas_used_ratio: number | null;
  mempool_size: number | null;
  mempool_bytes: bigint | number | null;
  syncing: boolean | null;
  sync_progress: number | null;
  memory_total_mb: number | null;
  disk_total_mb: number | null;
}

type Numeric = { toFixed(digits?: number): string } | string;

const exact = (value: Numeric | null) => (value === null ? null : typeof value === "string" ? value : value.toFixed(0));
const toNumber = (value: bigint | number | null) => (value === null ? null : Number(value));

// The one place bigint and numeric become JSON-safe: heights as numbers, wei as exact strings.
export function toSampleDto(row: SampleSqlRow): SampleDto {
  return {
    time: new Date(row.time).toISOString(),
    nodeId: row.node_id,
    blockHeight: toNumber(row.block_height),
    tps: row.tps,
    avgBlockTime: row.avg_block_time,
    gasPrice:
      row.gas_price === null ? null : typeof row.gas_price === "string" ? row.gas_price : row.gas_price.toFixed(0),
    memoryUsageMb: row.memory_usage_mb,
    diskUsageMb: row.disk_usage_mb,
    activeNodes: row.active_nodes,
    clientCount: row.client_count,
    minerCount: row.miner_count,
    agentCount: row.agent_count,
    networkInMb: row.network_in_mb,
    networkOutMb: row.network_out_mb,
    peerCount: row.peer_count,
    baseFee: exact(row.base_fee),
    gasUsedRatio: row.gas_used_ratio,
    mempoolSize: row.mempool_size,
    mempoolBytes: toNumber(row.mempool_bytes),
    syncing: row.syncing,
    syncProgress: row.sync_progress,
    memoryTotalMb: row.memory_total_mb,
    diskTotalMb: row.disk_total_mb,
  };
}
