import type { ChainHead } from "../../../collector/adapters/types.ts";
import type { MetricValues } from "../../../collector/metrics.ts";
import type { CollectionOutcome, NodeStatus } from "../../../collector/nodeHealth.ts";
import type { Db } from "../../createPrismaClient.ts";
import { insertSamples } from "./insertSamples.ts";

export interface CollectedChain {
  chainId: string;
  chainName: string;
  chainType: string;
  head: ChainHead | null;
  metrics: MetricValues;
}

export interface CollectionRecord {
  nodeId: string;
  startedAt: Date;
  durationMs: number;
  outcome: CollectionOutcome;
  error: string | null;
  status: NodeStatus;
  consecutiveFailures: number;
  /** When the node is next due (its interval, or backoff after a failure). */
  nextDueAt: Date;
  /** Null when the node did not answer: the last known version stays. */
  clientVersion: string | null;
  chains: CollectedChain[];
}

/** Stores one collection in one transaction: chains, heads, samples, lag, node health and the run. */
export async function saveCollection(db: Db, record: CollectionRecord): Promise<void> {
  const time = new Date(record.startedAt.getTime() + record.durationMs);
  await db.$transaction(async (tx) => {
    for (const chain of record.chains) {
      // ON CONFLICT, not upsert: two nodes of one new chain may be collected at the same moment.
      await tx.$executeRaw`
        INSERT INTO chains (id, name, type) VALUES (${chain.chainId}, ${chain.chainName}, ${chain.chainType})
        ON CONFLICT (id) DO NOTHING`;
      const head = chain.head
        ? { headHeight: chain.head.height, headTimestamp: chain.head.timestamp, headTxCount: chain.head.txCount }
        : {};
      await tx.nodeChain.upsert({
        where: { nodeId_chainId: { nodeId: record.nodeId, chainId: chain.chainId } },
        create: { nodeId: record.nodeId, chainId: chain.chainId, lastSeenAt: time, ...head },
        update: { lastSeenAt: time, ...head },
      });
    }
    await insertSamples(
      tx,
      record.chains.map((chain) => ({ chainId: chain.chainId, nodeId: record.nodeId, time, ...chain.metrics })),
    );
    for (const chain of record.chains) {
      if (!chain.head) continue;
      // The chain head is the highest height its nodes report now; head_advanced_at is when it last
      // changed (chain_stalled reads it). Recomputed, not ratcheted, so one absurd answer or a chain
      // reset does not stick once the nodes report sanely again.
      await tx.$executeRaw`
        UPDATE chains AS c SET head_height = h.head, head_advanced_at = ${time}
        FROM (SELECT max(head_height) AS head FROM node_chains WHERE chain_id = ${chain.chainId}) AS h
        WHERE c.id = ${chain.chainId} AND h.head IS NOT NULL AND c.head_height IS DISTINCT FROM h.head`;
    }
    const chainIds = record.chains.map((chain) => chain.chainId);
    if (chainIds.length > 0) {
      // This node's lag behind each chain's head (the highest height any node reports).
      // Only our own rows are written, so concurrent collections of one chain never deadlock.
      await tx.$executeRaw`
        UPDATE node_chains AS nc
        SET lag_blocks = (SELECT max(head_height) FROM node_chains AS other WHERE other.chain_id = nc.chain_id) - nc.head_height
        WHERE nc.node_id = ${record.nodeId}::uuid AND nc.chain_id = ANY(${chainIds}::text[])`;
    }
    await tx.node.update({
      where: { id: record.nodeId },
      data: {
        status: record.status,
        consecutiveFailures: record.consecutiveFailures,
        lastScrapeAt: time,
        lastScrapeMs: record.durationMs,
        lastError: record.error,
        nextDueAt: record.nextDueAt,
        ...(record.clientVersion === null ? {} : { clientVersion: record.clientVersion }),
      },
    });
    await tx.collectionRun.create({
      data: {
        nodeId: record.nodeId,
        startedAt: record.startedAt,
        durationMs: record.durationMs,
        outcome: record.outcome,
        error: record.error,
        samplesWritten: record.chains.length,
      },
    });
  });
}
