import type { NodeStatus } from "../collector/nodeHealth.ts";
import { CONDITIONS, type Finding, type RuleName } from "./recommendationRules.ts";
import type { SampleMetrics } from "./types.ts";

export { RECOMMENDATION_THRESHOLDS } from "./recommendationRules.ts";

export type RecommendationPriority = "high" | "medium" | "low";
export type RecommendationType = "performance" | "resource" | "availability";
/** Spelled like the alert rules' comparisons, so the UI renders both the same way. */
export type Comparison = "lt" | "lte" | "gt" | "gte";

export interface Prediction {
  /** "tps" or disk usage ("disk_usage_mb" as stored, or the SampleMetrics key "diskUsageMb"); others are ignored. */
  metric: string;
  value: number;
  lower: number | null;
  upper: number | null;
  horizonHours: number;
}

export interface RecommendationInput {
  chainId: string;
  latest: SampleMetrics | null;
  latestAt: Date | null;
  nodes: { nodeId: string; name: string; status: NodeStatus; consecutiveFailures: number; lagBlocks: number | null }[];
  headStalledSeconds: number | null;
  expectedBlockTimeSeconds: number | null;
  predictions: Prediction[];
  daysUntilDiskFull: number | null;
  memoryTotalMb: number | null;
  diskTotalMb: number | null;
}

export interface Evidence {
  metric: string;
  value: number;
  threshold: number;
  comparison: Comparison;
  trend: { predictedValue: number; horizonHours: number; lower: number | null; upper: number | null } | null;
  /** ISO time the value was observed: the sample's time for sample metrics, `now` for node and head state. */
  observedAt: string;
}

export interface Recommendation {
  /** Stable across runs: rule, chain and (for node rules) node. */
  id: string;
  rule: RuleName;
  chainId: string;
  nodeId: string | null;
  priority: RecommendationPriority;
  type: RecommendationType;
  issue: string;
  action: string;
  expectedImprovement: string;
  evidence: Evidence;
}

type RuleRow = [
  name: RuleName,
  priority: RecommendationPriority,
  type: RecommendationType,
  action: string,
  gain: string,
];

/** The rules in order (ties within a priority follow it): name, priority, type, action, expected improvement. */
export const RECOMMENDATION_RULES: readonly RuleRow[] = [
  ["lowTps", "high", "performance", "Increase the block size or optimise contracts", "Higher transaction throughput"],
  ["highBlockTime", "medium", "performance", "Tune consensus parameters or add validators", "Faster confirmations"],
  ["highMemory", "medium", "resource", "Prune old data or add memory", "Fewer out-of-memory restarts"],
  ["lowNodeCount", "high", "availability", "Add nodes for resilience", "The chain survives losing a node"],
  ["nodeDown", "high", "availability", "Check the node's process, network and credentials", "The node is served again"],
  ["nodeLagging", "medium", "availability", "Check the node's peers, disk I/O and CPU; resync if stuck", "Fresh reads"],
  ["chainStalled", "high", "availability", "Check block producers and their connectivity", "Blocks are produced again"],
  ["diskFullSoon", "high", "resource", "Prune chain data or grow the volume", "The node does not stop on a full disk"],
  ["tpsTrendingToZero", "medium", "performance", "Check transaction submission and mempool", "Catch it before idling"],
  ["singleNode", "medium", "availability", "Monitor a second node of this chain", "Redundancy and lag detection"],
  ["highMemoryPercent", "medium", "resource", "Reduce cache sizes or add memory", "Fewer out-of-memory restarts"],
  ["highDiskPercent", "medium", "resource", "Prune chain data or grow the volume", "Headroom before the disk fills"],
  ["lowClientCount", "low", "availability", "Check clients can reach and discover the node", "More clients served"],
];

const PRIORITY_RANK: Record<RecommendationPriority, number> = { high: 0, medium: 1, low: 2 };

/**
 * Recommendations for one chain, ordered by priority, then rule order, then id.
 * Every rule skips unknown (null or non-finite) inputs, so missing data never raises one.
 */
export function recommend(input: RecommendationInput, now: Date): Recommendation[] {
  const found = RECOMMENDATION_RULES.flatMap(([rule, priority, type, action, expectedImprovement], order) => {
    const findings: Finding[] = CONDITIONS[rule](input, now);
    return findings.map(({ nodeId = null, issue, evidence, ...finding }) => {
      const recommendation: Recommendation = {
        id: [rule, input.chainId, ...(nodeId === null ? [] : [nodeId])].join(":"),
        rule,
        chainId: input.chainId,
        nodeId,
        priority: finding.priority ?? priority,
        type,
        issue,
        action,
        expectedImprovement,
        evidence,
      };
      return { recommendation, order };
    });
  });
  // Plain code-unit comparison of ids, not localeCompare, so the order does not depend on the locale.
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  found.sort(
    (a, b) =>
      PRIORITY_RANK[a.recommendation.priority] - PRIORITY_RANK[b.recommendation.priority] ||
      a.order - b.order ||
      byId(a.recommendation.id, b.recommendation.id),
  );
  return found.map((f) => f.recommendation);
}
