import type { ChainDto } from "../../../api/schemas/chains.ts";
import type { Db } from "../../createPrismaClient.ts";
import { Prisma } from "../../generated/client.ts";
import { toSampleDto, type SampleSqlRow } from "./toSampleDto.ts";

interface ChainRow extends Partial<SampleSqlRow> {
  id: string;
  name: string;
  type: string | null;
  status: string;
  node_count: bigint | number;
  nodes_up: bigint | number;
  head_height: bigint | number | null;
  interval_seconds: number | null;
  sample_id: bigint | null;
}

/** Chains with their node counts, head and newest sample (by time, from whichever node sent it). */
export async function listChains(db: Db, chainId?: string): Promise<ChainDto[]> {
  const filter = chainId === undefined ? Prisma.empty : Prisma.sql`WHERE c.id = ${chainId}`;
  const rows = await db.$queryRaw<ChainRow[]>`
    SELECT c.id, c.name, c.type, c.status,
      (SELECT count(*) FROM node_chains nc WHERE nc.chain_id = c.id) AS node_count,
      (SELECT count(*) FROM node_chains nc JOIN nodes n ON n.id = nc.node_id
        WHERE nc.chain_id = c.id AND n.status = 'up') AS nodes_up,
      (SELECT max(head_height) FROM node_chains nc WHERE nc.chain_id = c.id) AS head_height,
      (SELECT min(n.interval_seconds) FROM node_chains nc JOIN nodes n ON n.id = nc.node_id
        WHERE nc.chain_id = c.id AND n.enabled) AS interval_seconds,
      latest.id AS sample_id, latest.time, latest.node_id, latest.block_height, latest.tps, latest.avg_block_time,
      latest.gas_price, latest.memory_usage_mb, latest.disk_usage_mb, latest.active_nodes, latest.client_count,
      latest.miner_count, latest.agent_count, latest.network_in_mb, latest.network_out_mb, latest.peer_count,
      latest.base_fee, latest.gas_used_ratio, latest.mempool_size, latest.mempool_bytes, latest.syncing, latest.sync_progress,
      latest.memory_total_mb, latest.disk_total_mb
    FROM chains c
    LEFT JOIN LATERAL (
      SELECT * FROM metric_samples s WHERE s.chain_id = c.id ORDER BY s.time DESC LIMIT 1
    ) latest ON true
    ${filter}
    ORDER BY c.name`;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    type: row.type,
    status: row.status,
    nodeCount: Number(row.node_count),
    nodesUp: Number(row.nodes_up),
    headHeight: row.head_height === null ? null : Number(row.head_height),
    collectionIntervalSeconds: row.interval_seconds,
    latest: row.sample_id === null ? null : toSampleDto(row as SampleSqlRow),
  }));
}
