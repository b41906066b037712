import { describe, expect, test } from "vitest";
import { alertMessage } from "../../../lib/analytics/alerts/alertMessage.ts";
import type { Comparison } from "../../../lib/analytics/alerts/alertMetrics.ts";

const rule = (name: string, metric: string, comparison: Comparison) => ({ name, metric, comparison });

describe("alertMessage", () => {
  test.each<[string, ReturnType<typeof rule>, string | null, number | null, number | null, string]>([
    [
      "the documented example",
      rule("tps_low", "tps", "lt"),
      null,
      0.5,
      1,
      "tps_low on ait-devnet: TPS 0.5 tx/s < 1 tx/s",
    ],
    [
      "block time",
      rule("block_time_high", "avg_block_time", "gt"),
      null,
      15,
      10,
      "block_time_high on ait-devnet: block time 15 s > 10 s",
    ],
    [
      "node-level names the node",
      rule("memory_high", "memory_usage_mb", "gt"),
      "node-1",
      3000,
      2000,
      "memory_high on ait-devnet / node-1: memory 3,000 MB > 2,000 MB",
    ],
    [
      "unitless metric has no trailing unit",
      rule("node_count_low", "active_nodes", "lt"),
      null,
      0,
      1,
      "node_count_low on ait-devnet: active nodes 0 < 1",
    ],
    [
      "percent, rounded to 2 decimals",
      rule("memory_usage_high", "memory_usage_pct", "gt"),
      "node-1",
      83.33333,
      80,
      "memory_usage_high on ait-devnet / node-1: memory 83.33 % > 80 %",
    ],
    ["lte symbol", rule("r", "peer_count", "lte"), "n", 2, 3, "r on ait-devnet / n: peers 2 ≤ 3"],
    [
      "gte symbol",
      rule("node_down", "consecutive_failures", "gte"),
      "n",
      3,
      3,
      "node_down on ait-devnet / n: failed collections in a row 3 ≥ 3",
    ],
    [
      "large wei values grouped",
      rule("gas_high", "gas_price", "gt"),
      null,
      2e9,
      1e9,
      "gas_high on ait-devnet: gas price 2,000,000,000 wei > 1,000,000,000 wei",
    ],
    [
      "stall in seconds",
      rule("chain_stalled", "head_stall_seconds", "gt"),
      null,
      61.5,
      60,
      "chain_stalled on ait-devnet: seconds since the head advanced 61.5 s > 60 s",
    ],
    ["value unknown", rule("tps_low", "tps", "lt"), null, null, 1, "tps_low on ait-devnet: value unknown"],
    ["threshold unknown", rule("tps_low", "tps", "lt"), null, 0.5, null, "tps_low on ait-devnet: value unknown"],
    [
      "unknown metric falls back to its name",
      rule("x", "cpu_load", "gt"),
      null,
      2,
      1,
      "x on ait-devnet: cpu_load 2 > 1",
    ],
    [
      "empty node name is treated as chain-level",
      rule("tps_low", "tps", "lt"),
      "",
      0,
      1,
      "tps_low on ait-devnet: TPS 0 tx/s < 1 tx/s",
    ],
  ])("%s", (_name, r, nodeName, value, threshold, expected) => {
    expect(alertMessage(r, "ait-devnet", nodeName, value, threshold)).toBe(expected);
  });

  test("0 is printed as 0, not as unknown", () => {
    expect(alertMessage(rule("n", "active_nodes", "lt"), "c", null, 0, 0)).toBe("n on c: active nodes 0 < 0");
  });
});
