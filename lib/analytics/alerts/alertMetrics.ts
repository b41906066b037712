// What an alert rule may watch. Chain metrics give one alert per chain whatever the number of
// nodes (so several nodes never duplicate it); node metrics give one per node.
export const ALERT_METRICS = {
  tps: { level: "chain", label: "TPS", unit: "tx/s" },
  avg_block_time: { level: "chain", label: "block time", unit: "s" },
  gas_price: { level: "chain", label: "gas price", unit: "wei" },
  active_nodes: { level: "chain", label: "active nodes", unit: "" },
  client_count: { level: "chain", label: "clients", unit: "" },
  miner_count: { level: "chain", label: "miners", unit: "" },
  agent_count: { level: "chain", label: "agents", unit: "" },
  head_stall_seconds: { level: "chain", label: "seconds since the head advanced", unit: "s" },
  memory_usage_mb: { level: "node", label: "memory", unit: "MB" },
  disk_usage_mb: { level: "node", label: "disk", unit: "MB" },
  memory_usage_pct: { level: "node", label: "memory", unit: "%" },
  disk_usage_pct: { level: "node", label: "disk", unit: "%" },
  peer_count: { level: "node", label: "peers", unit: "" },
  consecutive_failures: { level: "node", label: "failed collections in a row", unit: "" },
  lag_blocks: { level: "node", label: "blocks behind the head", unit: "" },
} as const;

export type AlertMetric = keyof typeof ALERT_METRICS;
export const ALERT_METRIC_NAMES = Object.keys(ALERT_METRICS) as [AlertMetric, ...AlertMetric[]];

export type Comparison = "lt" | "lte" | "gt" | "gte";
export const COMPARISON_SYMBOLS: Record<Comparison, string> = { lt: "<", lte: "≤", gt: ">", gte: "≥" };

/** Whether `value comparison threshold` holds. */
export function conditionHolds(comparison: Comparison, value: number, threshold: number): boolean {
  switch (comparison) {
    case "lt":
      return value < threshold;
    case "lte":
      return value <= threshold;
    case "gt":
      return value > threshold;
    case "gte":
      return value >= threshold;
  }
}

/** chain_stalled's automatic threshold: 3 x the expected block time, at least 60 s. */
export function stallThresholdSeconds(expectedBlockTimeSeconds: number | null): number {
  return Math.max(60, 3 * (expectedBlockTimeSeconds ?? 0));
}
