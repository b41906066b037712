import type { SampleMetrics } from "../types.ts";
import { ALERT_METRICS, stallThresholdSeconds, type AlertMetric } from "./alertMetrics.ts";

/** What alerting knows about one chain at one moment; loaded by the caller. */
export interface ChainSnapshot {
  chainId: string;
  /** The newest sample of each node of the chain that is still fresh; stale ones are left out. */
  samples: {
    nodeId: string;
    time: Date;
    metrics: SampleMetrics & { memoryTotalMb: number | null; diskTotalMb: number | null };
  }[];
  nodes: { nodeId: string; name: string; consecutiveFailures: number; lagBlocks: number | null }[];
  headAdvancedAt: Date | null;
}

export interface RuleScope {
  metric: string;
  threshold: number | null;
  scopeChainId: string | null;
  scopeNodeId: string | null;
}

/** One value to compare: per chain (nodeId null) or per node. Unknown is null, never 0. */
export interface Observation {
  chainId: string;
  nodeId: string | null;
  value: number | null;
  threshold: number | null;
}

/** NaN, Infinity or a missing field are unknown, like null: never "fine", never "bad". */
const known = (value: number | null | undefined) =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

const percent = (used: number | null, total: number | null) => (used === null || !total ? null : (used / total) * 100);

function nodeValue(metric: AlertMetric, snapshot: ChainSnapshot, nodeId: string): number | null {
  const node = snapshot.nodes.find((n) => n.nodeId === nodeId);
  const sample = snapshot.samples.find((s) => s.nodeId === nodeId)?.metrics ?? null;
  switch (metric) {
    case "consecutive_failures":
      return node?.consecutiveFailures ?? null;
    case "lag_blocks":
      return node?.lagBlocks ?? null;
    case "memory_usage_mb":
      return sample?.memoryUsageMb ?? null;
    case "disk_usage_mb":
      return sample?.diskUsageMb ?? null;
    case "memory_usage_pct":
      return sample ? percent(sample.memoryUsageMb, sample.memoryTotalMb) : null;
    case "disk_usage_pct":
      return sample ? percent(sample.diskUsageMb, sample.diskTotalMb) : null;
    case "peer_count":
      return sample?.peerCount ?? null;
    default:
      return null;
  }
}

const CHAIN_FIELDS: Partial<Record<AlertMetric, keyof SampleMetrics>> = {
  tps: "tps",
  avg_block_time: "avgBlockTime",
  gas_price: "gasPrice",
  active_nodes: "activeNodes",
  client_count: "clientCount",
  miner_count: "minerCount",
  agent_count: "agentCount",
};

/** The observations a rule makes of a chain: one for a chain metric, one per node for a node metric. */
export function observe(rule: RuleScope, snapshot: ChainSnapshot, now: Date): Observation[] {
  if (rule.scopeChainId && rule.scopeChainId !== snapshot.chainId) return [];
  // Own keys only: "constructor" or "__proto__" are not metrics.
  if (!Object.hasOwn(ALERT_METRICS, rule.metric)) return [];
  const metric = rule.metric as AlertMetric;
  const definition = ALERT_METRICS[metric];
  if (definition.level === "node") {
    return snapshot.nodes
      .filter((node) => !rule.scopeNodeId || node.nodeId === rule.scopeNodeId)
      .map((node) => ({
        chainId: snapshot.chainId,
        nodeId: node.nodeId,
        value: known(nodeValue(metric, snapshot, node.nodeId)),
        threshold: rule.threshold,
      }));
  }
  if (rule.scopeNodeId) return [];
  // The chain's view: the median of what its fresh nodes report, so nodes that disagree cannot
  // make an alert flip with every collection (and one odd node cannot decide it alone).
  const chainValue = (field: keyof SampleMetrics) =>
    median(snapshot.samples.map((sample) => known(sample.metrics[field])));
  if (metric === "head_stall_seconds") {
    const value = snapshot.headAdvancedAt ? (now.getTime() - snapshot.headAdvancedAt.getTime()) / 1000 : null;
    const threshold = rule.threshold ?? stallThresholdSeconds(chainValue("avgBlockTime"));
    return [{ chainId: snapshot.chainId, nodeId: null, value, threshold }];
  }
  const field = Object.hasOwn(CHAIN_FIELDS, metric) ? CHAIN_FIELDS[metric] : undefined;
  return [
    { chainId: snapshot.chainId, nodeId: null, value: field ? chainValue(field) : null, threshold: rule.threshold },
  ];
}

/** The median of the known values; null when none is known. */
export function median(values: (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
