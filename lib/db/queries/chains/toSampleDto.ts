import type { SampleDto } from "../../../api/schemas/chains.ts";

/** A metric_samples row as raw SQL returns it (snake_case, bigint and numeric as driver types). */
export interface SampleSqlRow {
  time: Date;
  node_id: string;
  block_height: bigint | number | null;
  tps: number | null;
  avg_block_time: number | null;
  gas_price: { toFixed(digits?: number): string } | string | null;
  memory_usage_mb: number | null;
  disk_usage_mb: number | null;
  active_nodes: number | null;
  client_count: number | null;
  miner_count: number | null;
  agent_count: number | null;
  network_in_mb: number | null;
  network_out_mb: number | null;
}

// The one place bigint and numeric become JSON-safe: heights as numbers, wei as exact strings.
export function toSampleDto(row: SampleSqlRow): SampleDto {
  return {
    time: new Date(row.time).toISOString(),
    nodeId: row.node_id,
    blockHeight: row.block_height === null ? null : Number(row.block_height),
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
  };
}
