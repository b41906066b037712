import { describe, expect, test } from "vitest";
import {
  ALERT_METRIC_NAMES,
  ALERT_METRICS,
  COMPARISON_SYMBOLS,
  conditionHolds,
  stallThresholdSeconds,
  type Comparison,
} from "../../../lib/analytics/alerts/alertMetrics.ts";

describe("conditionHolds", () => {
  test.each<[Comparison, number, number, boolean]>([
    ["lt", 0.5, 1, true],
    ["lt", 1, 1, false],
    ["lt", 2, 1, false],
    ["lte", 0.5, 1, true],
    ["lte", 1, 1, true],
    ["lte", 1.0001, 1, false],
    ["gt", 15, 10, true],
    ["gt", 10, 10, false],
    ["gt", 9, 10, false],
    ["gte", 3, 3, true],
    ["gte", 4, 3, true],
    ["gte", 2, 3, false],
    // zero is a real value, not "unknown"
    ["lt", 0, 1, true],
    ["gt", 0, 0, false],
    ["gte", 0, 0, true],
    // negative values and thresholds
    ["lt", -5, -1, true],
    ["gt", -0.5, -1, true],
  ])("%s: %d vs %d -> %s", (comparison, value, threshold, expected) => {
    expect(conditionHolds(comparison, value, threshold)).toBe(expected);
  });

  test.each<Comparison>(["lt", "lte", "gt", "gte"])("%s never holds for NaN", (comparison) => {
    expect(conditionHolds(comparison, Number.NaN, 1)).toBe(false);
    expect(conditionHolds(comparison, 1, Number.NaN)).toBe(false);
  });
});

describe("stallThresholdSeconds", () => {
  test.each<[number | null, number]>([
    [null, 60],
    [0, 60],
    [2, 60],
    [15, 60],
    [20, 60],
    [20.5, 61.5],
    [30, 90],
    [600, 1800],
    [-10, 60],
  ])("block time %s s -> %d s", (blockTime, expected) => {
    expect(stallThresholdSeconds(blockTime)).toBe(expected);
  });
});

describe("ALERT_METRICS", () => {
  test.each([
    ["tps", "chain", "tx/s"],
    ["avg_block_time", "chain", "s"],
    ["gas_price", "chain", "wei"],
    ["active_nodes", "chain", ""],
    ["client_count", "chain", ""],
    ["miner_count", "chain", ""],
    ["agent_count", "chain", ""],
    ["head_stall_seconds", "chain", "s"],
    ["memory_usage_mb", "node", "MB"],
    ["disk_usage_mb", "node", "MB"],
    ["memory_usage_pct", "node", "%"],
    ["disk_usage_pct", "node", "%"],
    ["peer_count", "node", ""],
    ["consecutive_failures", "node", ""],
    ["lag_blocks", "node", ""],
  ] as const)("%s is a %s metric in %j", (name, level, unit) => {
    expect(ALERT_METRICS[name].level).toBe(level);
    expect(ALERT_METRICS[name].unit).toBe(unit);
    expect(ALERT_METRICS[name].label.length).toBeGreaterThan(0);
  });

  test("ALERT_METRIC_NAMES lists exactly the metrics", () => {
    expect([...ALERT_METRIC_NAMES].sort()).toEqual(Object.keys(ALERT_METRICS).sort());
    expect(ALERT_METRIC_NAMES).toHaveLength(15);
  });

  test("every comparison has a symbol", () => {
    expect(COMPARISON_SYMBOLS).toEqual({ lt: "<", lte: "≤", gt: ">", gte: "≥" });
  });
});
