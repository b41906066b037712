import { describe, expect, test } from "vitest";
import { ALERT_METRIC_NAMES } from "../../../lib/analytics/alerts/alertMetrics.ts";
import { observe, type ChainSnapshot, type RuleScope } from "../../../lib/analytics/alerts/observe.ts";
import { sampleMetrics } from "../../helpers/sampleMetrics.ts";

type Sample = ChainSnapshot["samples"][number];
type Metrics = Sample["metrics"];

const T0 = new Date("2026-11-28T12:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

const metrics = (m: Partial<Metrics> = {}): Metrics => sampleMetrics(m);
const sample = (nodeId: string, secondsAgo: number, m: Partial<Metrics> = {}): Sample => ({
  nodeId,
  time: at(-secondsAgo),
  metrics: metrics(m),
});
const node = (nodeId: string, extra: Partial<ChainSnapshot["nodes"][number]> = {}) => ({
  nodeId,
  name: `name-${nodeId}`,
  consecutiveFailures: 0,
  lagBlocks: null,
  ...extra,
});
const snapshot = (s: Partial<ChainSnapshot> = {}): ChainSnapshot => ({
  chainId: "chain-a",
  samples: [],
  nodes: [],
  headAdvancedAt: null,
  ...s,
});
const rule = (metric: string, threshold: number | null = 1, scope: Partial<RuleScope> = {}): RuleScope => ({
  metric,
  threshold,
  scopeChainId: null,
  scopeNodeId: null,
  ...scope,
});

// Two nodes; n2's sample is newer than n1's.
const twoNodes = snapshot({
  nodes: [node("n1", { consecutiveFailures: 4, lagBlocks: 12 }), node("n2")],
  samples: [
    sample("n1", 30, { tps: 1, avgBlockTime: 5, gasPrice: 10, activeNodes: 2, clientCount: 7, memoryUsageMb: 500 }),
    sample("n2", 5, {
      tps: 9,
      avgBlockTime: 6,
      gasPrice: 2e9,
      activeNodes: 3,
      clientCount: 0,
      minerCount: 4,
      agentCount: 11,
      memoryUsageMb: 1500,
      memoryTotalMb: 2000,
      diskUsageMb: 900,
      diskTotalMb: 1000,
      peerCount: 8,
    }),
  ],
});

describe("observe: chain-level metrics are the median of the fresh nodes' known values, one observation per chain", () => {
  test.each([
    ["tps", 5],
    ["avg_block_time", 5.5],
    ["gas_price", (10 + 2e9) / 2],
    ["active_nodes", 2.5],
    ["client_count", 3.5],
    ["miner_count", 4], // only n2 knows it
    ["agent_count", 11],
  ])("%s -> %s", (metric, value) => {
    expect(observe(rule(metric, 5), twoNodes, T0)).toEqual([{ chainId: "chain-a", nodeId: null, value, threshold: 5 }]);
  });

  test.each([
    ["two nodes, either order", [sample("a", 20, { tps: 1 }), sample("b", 2, { tps: 2 })], 1.5],
    ["two nodes, reversed", [sample("b", 2, { tps: 2 }), sample("a", 20, { tps: 1 })], 1.5],
    [
      "three nodes: one odd node does not decide",
      [sample("a", 9, { tps: 1 }), sample("b", 1, { tps: 300 }), sample("c", 5, { tps: 2 })],
      2,
    ],
    // a node that does not know tps is left out, never counted as 0
    ["one node does not know tps", [sample("a", 20, { tps: 7 }), sample("b", 2)], 7],
    ["no fresh sample", [], null],
  ])("%s -> %s", (_name, samples, value) => {
    const result = observe(rule("tps"), snapshot({ samples, nodes: [node("a"), node("b"), node("c")] }), T0);
    expect(result).toEqual([{ chainId: "chain-a", nodeId: null, value, threshold: 1 }]);
  });
});

describe("observe: node-level metrics give one observation per node", () => {
  test.each([
    ["memory_usage_mb", { n1: 500, n2: 1500 }],
    ["disk_usage_mb", { n1: null, n2: 900 }],
    ["memory_usage_pct", { n1: null, n2: 75 }], // n1's total is unknown
    ["disk_usage_pct", { n1: null, n2: 90 }],
    ["peer_count", { n1: null, n2: 8 }],
    ["consecutive_failures", { n1: 4, n2: 0 }],
    ["lag_blocks", { n1: 12, n2: null }],
  ])("%s -> %j", (metric, values) => {
    expect(observe(rule(metric, 3), twoNodes, T0)).toEqual([
      { chainId: "chain-a", nodeId: "n1", value: values.n1, threshold: 3 },
      { chainId: "chain-a", nodeId: "n2", value: values.n2, threshold: 3 },
    ]);
  });

  test.each([
    ["used and total known", { memoryUsageMb: 512, memoryTotalMb: 2048 }, 25],
    ["total unknown", { memoryUsageMb: 512 }, null],
    ["total 0", { memoryUsageMb: 512, memoryTotalMb: 0 }, null],
    ["used unknown", { memoryTotalMb: 2048 }, null],
    ["used 0 is 0 %", { memoryUsageMb: 0, memoryTotalMb: 2048 }, 0],
  ])("memory_usage_pct, %s -> %s", (_name, m, value) => {
    const s = snapshot({ nodes: [node("n1")], samples: [sample("n1", 1, m)] });
    expect(observe(rule("memory_usage_pct", 80), s, T0).map((o) => o.value)).toEqual([value]);
  });

  test("a node with no fresh sample: sample metrics unknown, node bookkeeping still known", () => {
    const s = snapshot({ nodes: [node("down", { consecutiveFailures: 5, lagBlocks: 0 })] });
    for (const metric of ["memory_usage_mb", "disk_usage_mb", "memory_usage_pct", "disk_usage_pct", "peer_count"]) {
      expect(observe(rule(metric), s, T0)).toEqual([{ chainId: "chain-a", nodeId: "down", value: null, threshold: 1 }]);
    }
    expect(observe(rule("consecutive_failures", 3), s, T0)[0]?.value).toBe(5);
    expect(observe(rule("lag_blocks", 10), s, T0)[0]?.value).toBe(0);
  });

  test("a chain without nodes gives no node observations", () => {
    expect(observe(rule("memory_usage_mb"), snapshot(), T0)).toEqual([]);
  });
});

describe("observe: scope", () => {
  test.each([
    ["chain metric, no scope", rule("tps", 1), [null]],
    ["chain metric, this chain", rule("tps", 1, { scopeChainId: "chain-a" }), [null]],
    ["chain metric, other chain", rule("tps", 1, { scopeChainId: "chain-b" }), []],
    ["chain metric, scoped to a node", rule("tps", 1, { scopeNodeId: "n1" }), []],
    ["node metric, no scope", rule("peer_count"), ["n1", "n2"]],
    ["node metric, this chain", rule("peer_count", 1, { scopeChainId: "chain-a" }), ["n1", "n2"]],
    ["node metric, other chain", rule("peer_count", 1, { scopeChainId: "chain-b" }), []],
    ["node metric, node n2", rule("peer_count", 1, { scopeNodeId: "n2" }), ["n2"]],
    ["node metric, node of another chain", rule("peer_count", 1, { scopeNodeId: "zz" }), []],
    ["node metric, other chain and n2", rule("peer_count", 1, { scopeChainId: "chain-b", scopeNodeId: "n2" }), []],
  ])("%s -> %j", (_name, r, nodeIds) => {
    expect(observe(r, twoNodes, T0).map((o) => o.nodeId)).toEqual(nodeIds);
  });

  test.each(["", "TPS", "cpu_usage", "tps_low", "memory"])("unknown metric %j -> none", (metric) => {
    expect(observe(rule(metric), twoNodes, T0)).toEqual([]);
  });

  // KNOWN DEFECT (reported): `ALERT_METRICS[metric]` also finds Object.prototype members, so these
  // names give a chain observation whose value is undefined (not null). Flip to `test.each` once fixed.
  test.each(["constructor", "toString", "__proto__"])("prototype key %j -> none", (metric) => {
    expect(observe(rule(metric), twoNodes, T0)).toEqual([]);
  });

  test.each(ALERT_METRIC_NAMES)("%s: two nodes of one chain never give two chain observations", (metric) => {
    const chainLevel = observe(rule(metric), twoNodes, T0).filter((o) => o.nodeId === null);
    expect(chainLevel.length).toBeLessThanOrEqual(1);
  });
});

describe("observe: head_stall_seconds", () => {
  test.each([
    // [headAdvancedAt seconds before now, rule threshold, median avg block time, value, threshold]
    ["auto threshold, fast chain", 30, null, 2, 30, 60],
    ["auto threshold, slow chain", 100, null, 40, 100, 120],
    ["auto threshold, block time unknown", 61, null, null, 61, 60],
    ["explicit threshold wins", 30, 20, 40, 30, 20],
    ["explicit threshold 0 is kept", 0, 0, 40, 0, 0],
    ["head unknown", null, null, 2, null, 60],
  ])("%s", (_name, ago, ruleThreshold, blockTime, value, threshold) => {
    const s = snapshot({
      headAdvancedAt: ago === null ? null : at(-ago),
      nodes: [node("n1")],
      samples: [sample("n1", 1, { avgBlockTime: blockTime })],
    });
    expect(observe(rule("head_stall_seconds", ruleThreshold), s, T0)).toEqual([
      { chainId: "chain-a", nodeId: null, value, threshold },
    ]);
  });

  test("auto threshold from the nodes' block time; no samples -> 60 s", () => {
    const s = snapshot({ headAdvancedAt: at(-10), samples: [sample("a", 50, { avgBlockTime: 100 }), sample("b", 5)] });
    expect(observe(rule("head_stall_seconds", null), s, T0)[0]?.threshold).toBe(300);
    expect(observe(rule("head_stall_seconds", null), snapshot({ headAdvancedAt: at(-10) }), T0)[0]).toEqual({
      chainId: "chain-a",
      nodeId: null,
      value: 10,
      threshold: 60,
    });
  });
});
