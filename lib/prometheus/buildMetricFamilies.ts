import type { MetricFamily, Sample } from "./formatExposition.ts";

export type Severity = "critical" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["critical", "warning", "info"];

/** What /metrics shows of a chain; null is unknown. */
export interface ChainExposition {
  id: string;
  name: string;
  type: string | null;
  /** Latest stored health score, 0..100. */
  healthScore: number | null;
  tps: number | null;
  avgBlockTimeSeconds: number | null;
  /** Highest height any node of the chain reports. */
  headHeight: number | null;
  nodeCount: number;
  /** Firing alerts by severity; a severity without firing alerts is 0. */
  openAlerts: Readonly<Record<Severity, number>>;
}

/** What /metrics shows of a node; null is unknown. */
export interface NodeExposition {
  id: string;
  name: string;
  protocol: string;
  enabled: boolean;
  status: "unknown" | "up" | "degraded" | "down";
  lastScrapeSeconds: number | null;
  consecutiveFailures: number;
  chains: readonly { chainId: string; lagBlocks: number | null }[];
}

export interface ExpositionData {
  chains: readonly ChainExposition[];
  nodes: readonly NodeExposition[];
}

/**
 * 1 when the node is up or degraded (slow, partial, or failing but not yet 3 times in a row), 0 when it is
 * down, null (no sample) while its status is unknown: never collected, so nothing is known about it yet.
 */
export function nodeUpValue(status: NodeExposition["status"]): number | null {
  if (status === "unknown") return null;
  return status === "down" ? 0 : 1;
}

const gauge = (name: string, help: string, samples: Sample[]): MetricFamily => ({
  name,
  help,
  type: "gauge",
  samples,
});

/**
 * The metric families of /metrics. Chain series carry only `chain` (the id, which never changes);
 * the chain's name and type are on chainpulse_chain_info, so a rename does not split every series.
 * Node series carry node (name), node_id and protocol; nodes that are disabled are not collected,
 * so they have no node series (their last status would be stale).
 */
export function buildMetricFamilies(data: ExpositionData, build: { version: string }): MetricFamily[] {
  const chains = data.chains;
  const nodes = data.nodes.filter((node) => node.enabled);
  const perChain = (value: (chain: ChainExposition) => number | null): Sample[] =>
    chains.map((chain) => ({ labels: { chain: chain.id }, value: value(chain) }));
  const nodeLabels = (node: NodeExposition) => ({ node: node.name, node_id: node.id, protocol: node.protocol });
  const perNode = (value: (node: NodeExposition) => number | null): Sample[] =>
    nodes.map((node) => ({ labels: nodeLabels(node), value: value(node) }));

  return [
    gauge("chainpulse_build_info", "ChainPulse build; the value is always 1.", [
      { labels: { version: build.version }, value: 1 },
    ]),
    gauge(
      "chainpulse_chain_info",
      "A monitored chain: its name and type; the value is always 1.",
      chains.map((chain) => ({ labels: { chain: chain.id, name: chain.name, type: chain.type }, value: 1 })),
    ),
    gauge(
      "chainpulse_chain_health_score",
      "Latest stored health score of the chain, 0 to 100; absent while unknown.",
      perChain((chain) => chain.healthScore),
    ),
    gauge(
      "chainpulse_chain_tps",
      "Transactions per second in the chain's newest sample.",
      perChain((chain) => chain.tps),
    ),
    gauge(
      "chainpulse_chain_avg_block_time_seconds",
      "Average block time in the chain's newest sample, in seconds.",
      perChain((chain) => chain.avgBlockTimeSeconds),
    ),
    gauge(
      "chainpulse_chain_block_height",
      "Head of the chain: the highest block height any of its nodes reports.",
      perChain((chain) => chain.headHeight),
    ),
    gauge(
      "chainpulse_chain_open_alerts",
      "Firing alerts on the chain, by severity (pending and resolved alerts are not counted).",
      chains.flatMap((chain) =>
        SEVERITIES.map((severity) => ({ labels: { chain: chain.id, severity }, value: chain.openAlerts[severity] })),
      ),
    ),
    gauge(
      "chainpulse_chain_nodes",
      "Nodes configured that host the chain.",
      perChain((chain) => chain.nodeCount),
    ),
    gauge(
      "chainpulse_node_up",
      "1 when the node's status is up or degraded, 0 when it is down (failed 3 collections in a row); absent until first collected.",
      perNode((node) => nodeUpValue(node.status)),
    ),
    gauge(
      "chainpulse_node_scrape_duration_seconds",
      "Duration of the node's last collection, in seconds.",
      perNode((node) => node.lastScrapeSeconds),
    ),
    gauge(
      "chainpulse_node_consecutive_failures",
      "Collections of the node that failed in a row (0 after one that succeeded).",
      perNode((node) => node.consecutiveFailures),
    ),
    gauge(
      "chainpulse_node_lag_blocks",
      "Blocks the node is behind the head of the chain.",
      nodes.flatMap((node) =>
        node.chains.map((chain) => ({ labels: { ...nodeLabels(node), chain: chain.chainId }, value: chain.lagBlocks })),
      ),
    ),
  ];
}
