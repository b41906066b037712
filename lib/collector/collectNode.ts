import { errorMessage } from "../errorMessage.ts";
import type { Db } from "../db/createPrismaClient.ts";
import { loadPreviousHeads } from "../db/queries/collection/loadPreviousHeads.ts";
import { saveCollection, type CollectedChain } from "../db/queries/collection/saveCollection.ts";
import type { CollectableNode } from "../db/queries/nodes/listCollectableNodes.ts";
import { adapterFor } from "./adapters/index.ts";
import type { NodeReading } from "./adapters/types.ts";
import { deriveRates } from "./deriveRates.ts";
import { nextDueAt, nextNodeHealth, type CollectionOutcome } from "./nodeHealth.ts";
import { evaluateChainsOf } from "../evaluation/evaluateChainsOf.ts";

export interface CollectionResult {
  nodeId: string;
  nodeName: string;
  outcome: CollectionOutcome;
  durationMs: number;
  chains: string[];
  error: string | null;
}

const MAX_ERROR_LENGTH = 500;

/** Collects one node and records the outcome; never throws for a node's own faults. */
export async function collectNode(db: Db, node: CollectableNode): Promise<CollectionResult> {
  const startedAt = new Date();
  const started = performance.now();
  let reading: NodeReading | null = null;
  let failure: string | null = null;
  try {
    reading = await adapterFor(node.protocol).collect({
      url: node.url,
      timeoutMs: node.timeoutMs,
      credentials: node.credentials,
    });
  } catch (error) {
    failure = errorMessage(error);
  }
  const durationMs = Math.round(performance.now() - started);
  const outcome: CollectionOutcome = !reading ? "failed" : reading.warnings.length > 0 ? "partial" : "ok";
  const error = (failure ?? reading?.warnings.join("; ") ?? "").slice(0, MAX_ERROR_LENGTH) || null;
  const previousHeads = reading ? await loadPreviousHeads(db, node.id) : new Map();
  // A chain the node told nothing valid about (no head, no values) gets no sample: an all-null row says nothing.
  const informative = (reading?.chains ?? []).filter(
    (chain) => chain.head !== null || Object.values(chain.metrics).some((value) => value !== null),
  );
  const chains: CollectedChain[] = informative.map((chain) => {
    const derived = deriveRates(previousHeads.get(chain.chainId), chain.head);
    return {
      ...chain,
      metrics: {
        ...chain.metrics,
        tps: chain.metrics.tps ?? derived.tps,
        avgBlockTime: chain.metrics.avgBlockTime ?? derived.avgBlockTime,
      },
    };
  });
  const health = nextNodeHealth(outcome, node.consecutiveFailures, { durationMs, timeoutMs: node.timeoutMs });
  await saveCollection(db, {
    nodeId: node.id,
    startedAt,
    durationMs,
    outcome,
    error,
    ...health,
    nextDueAt: nextDueAt({
      startedAt,
      intervalSeconds: node.intervalSeconds,
      consecutiveFailures: health.consecutiveFailures,
    }),
    clientVersion: reading?.clientVersion ?? null,
    chains,
  });
  await evaluateChainsOf(db, node.id);
  return { nodeId: node.id, nodeName: node.name, outcome, durationMs, chains: chains.map((c) => c.chainId), error };
}
