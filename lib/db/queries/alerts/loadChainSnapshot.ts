import type { ChainSnapshot } from "../../../analytics/alerts/observe.ts";
import type { Db } from "../../createPrismaClient.ts";
import type { SampleSqlRow } from "../chains/toSampleDto.ts";

// The sample columns alerting reads; gas price comes back as a double here (trends need no exact wei).
type SampleRow = Pick<
  SampleSqlRow,
  | "node_id"
  | "time"
  | "block_height"
  | "tps"
  | "avg_block_time"
  | "memory_usage_mb"
  | "disk_usage_mb"
  | "active_nodes"
  | "client_count"
  | "miner_count"
  | "agent_count"
  | "network_in_mb"
  | "network_out_mb"
  | "peer_count"
  | "memory_total_mb"
  | "disk_total_mb"
> & { gas_price: number | null };

/** A chain as alerting and health see it: each enabled node's newest sample if fresh (within 3 intervals). */
export async function loadChainSnapshot(db: Db, chainId: string): Promise<ChainSnapshot & { name: string }> {
  const [chain, nodes, samples] = await Promise.all([
    db.chain.findUniqueOrThrow({ where: { id: chainId }, select: { name: true, headAdvancedAt: true } }),
    db.nodeChain.findMany({
      where: { chainId, node: { enabled: true } },
      select: { nodeId: true, lagBlocks: true, node: { select: { name: true, consecutiveFailures: true } } },
    }),
    db.$queryRaw<SampleRow[]>`
      SELECT DISTINCT ON (s.node_id) s.node_id, s.time, s.block_height, s.tps, s.avg_block_time, s.gas_price::float8 AS gas_price,
        s.memory_usage_mb, s.disk_usage_mb, s.active_nodes, s.client_count, s.miner_count, s.agent_count,
        s.network_in_mb, s.network_out_mb, s.peer_count, s.memory_total_mb, s.disk_total_mb
      FROM metric_samples s JOIN nodes n ON n.id = s.node_id
      WHERE s.chain_id = ${chainId} AND n.enabled AND s.time > now() - make_interval(secs => 3 * n.interval_seconds)
      ORDER BY s.node_id, s.time DESC`,
  ]);
  return {
    chainId,
    name: chain.name,
    headAdvancedAt: chain.headAdvancedAt,
    nodes: nodes.map((n) => ({
      nodeId: n.nodeId,
      name: n.node.name,
      consecutiveFailures: n.node.consecutiveFailures,
      lagBlocks: n.lagBlocks === null ? null : Number(n.lagBlocks),
    })),
    samples: samples.map((row) => ({
      nodeId: row.node_id,
      time: new Date(row.time),
      metrics: {
        blockHeight: row.block_height === null ? null : Number(row.block_height),
        tps: row.tps,
        avgBlockTime: row.avg_block_time,
        gasPrice: row.gas_price,
        memoryUsageMb: row.memory_usage_mb,
        diskUsageMb: row.disk_usage_mb,
        activeNodes: row.active_nodes,
        clientCount: row.client_count,
        minerCount: row.miner_count,
        agentCount: row.agent_count,
        networkInMb: row.network_in_mb,
        networkOutMb: row.network_out_mb,
        peerCount: row.peer_count,
        memoryTotalMb: row.memory_total_mb,
        diskTotalMb: row.disk_total_mb,
      },
    })),
  };
}
