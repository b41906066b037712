// The default rules exactly as seeded by prisma/migrations/20261127233000_analytics_and_alerts,
// evaluated with observe + nextAlertStep the way lib/evaluation/evaluateChain.ts does.
import { describe, expect, test } from "vitest";
import type { Comparison } from "../../../lib/analytics/alerts/alertMetrics.ts";
import { alertKey, nextAlertStep, type OpenEpisode } from "../../../lib/analytics/alerts/nextAlertStep.ts";
import { observe, type ChainSnapshot } from "../../../lib/analytics/alerts/observe.ts";
import { sampleMetrics } from "../../helpers/sampleMetrics.ts";

interface Rule {
  id: string;
  name: string;
  metric: string;
  comparison: Comparison;
  threshold: number | null;
  severity: "info" | "warning" | "critical";
  forSeconds: number;
  scopeChainId: null;
  scopeNodeId: null;
}
const seeded = (
  name: string,
  metric: string,
  comparison: Comparison,
  threshold: number | null,
  severity: Rule["severity"],
  forSeconds: number,
): Rule => ({
  id: name,
  name,
  metric,
  comparison,
  threshold,
  severity,
  forSeconds,
  scopeChainId: null,
  scopeNodeId: null,
});

// INSERT INTO "alert_rules" ("name", "metric", "comparison", "threshold", "severity", "for_seconds", ...)
const DEFAULT_RULES: Rule[] = [
  seeded("tps_low", "tps", "lt", 1.0, "warning", 60),
  seeded("block_time_high", "avg_block_time", "gt", 10.0, "warning", 60),
  seeded("memory_high", "memory_usage_mb", "gt", 2000, "critical", 60),
  seeded("node_count_low", "active_nodes", "lt", 1, "critical", 0),
  seeded("tps_high", "tps", "gt", 100, "info", 60),
  seeded("memory_usage_high", "memory_usage_pct", "gt", 80, "warning", 60),
  seeded("disk_usage_high", "disk_usage_pct", "gt", 85, "warning", 60),
  seeded("client_count_low", "client_count", "lt", 5, "warning", 60),
  seeded("node_down", "consecutive_failures", "gte", 3, "critical", 0),
  seeded("node_lagging", "lag_blocks", "gt", 10, "warning", 60),
  seeded("chain_stalled", "head_stall_seconds", "gt", null, "critical", 0),
];

type Metrics = ChainSnapshot["samples"][number]["metrics"];
const NULL_METRICS: Metrics = sampleMetrics();
const REFERENCE: Partial<Metrics> = { tps: 0.5, avgBlockTime: 15, memoryUsageMb: 3000, activeNodes: 0 };

const T0 = new Date("2026-11-28T12:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

/** A chain whose node(s) each sent a sample 5 s before `now`; the head advanced `headAgo` s before `now`. */
function snapshotAt(now: Date, metrics: Partial<Metrics>, nodeIds = ["node-1"], headAgo: number | null = 5) {
  const ago = (s: number) => new Date(now.getTime() - s * 1000);
  return {
    chainId: "ait-devnet",
    headAdvancedAt: headAgo === null ? null : ago(headAgo),
    nodes: nodeIds.map((nodeId) => ({ nodeId, name: nodeId, consecutiveFailures: 0, lagBlocks: null })),
    samples: nodeIds.map((nodeId, i) => ({ nodeId, time: ago(5 + i), metrics: { ...NULL_METRICS, ...metrics } })),
  } satisfies ChainSnapshot;
}

/** One evaluation pass per time: every rule, every observation, one lifecycle step each. */
function evaluate(times: Date[], snapshotFor: (now: Date) => ChainSnapshot) {
  const open = new Map<string, OpenEpisode & { rule: Rule }>();
  const steps: string[] = [];
  for (const now of times) {
    const snapshot = snapshotFor(now);
    for (const rule of DEFAULT_RULES) {
      for (const observation of observe(rule, snapshot, now)) {
        const key = alertKey(rule.id, observation);
        const step = nextAlertStep(rule, observation, open.get(key), now);
        if (step.kind !== "none") steps.push(`${rule.name}:${step.kind === "open" ? `open:${step.state}` : step.kind}`);
        if (step.kind === "open" && open.has(key)) throw new Error(`second open episode for ${key}`);
        if (step.kind === "open") open.set(key, { state: step.state, startedAt: now, rule });
        else if (step.kind === "fire") open.set(key, { ...open.get(key)!, state: "firing" });
        else if (step.kind === "resolve" || step.kind === "cancel") open.delete(key);
      }
    }
  }
  const list = (state: OpenEpisode["state"]) =>
    [...open.values()]
      .filter((e) => e.state === state)
      .map((e) => `${e.rule.name}:${e.rule.severity}`)
      .sort();
  return { firing: list("firing"), pending: list("pending"), steps };
}

const REFERENCE_FIRING = [
  "block_time_high:warning",
  "memory_high:critical",
  "node_count_low:critical",
  "tps_low:warning",
];

describe("default rules on the reference sample (tps 0.5, block time 15 s, memory 3000 MB, 0 active nodes)", () => {
  test.each([
    ["head advancing", 5],
    ["head unknown", null],
  ])("t0 then t0 + 61 s, %s: exactly the four reference alerts fire", (_name, headAgo) => {
    const result = evaluate([T0, at(61)], (now) => snapshotAt(now, REFERENCE, ["node-1"], headAgo));
    expect(result).toMatchObject({ firing: REFERENCE_FIRING, pending: [] });
  });

  test("at t0 alone only the for-0 rule fires; the others are pending", () => {
    expect(evaluate([T0], (now) => snapshotAt(now, REFERENCE))).toMatchObject({
      firing: ["node_count_low:critical"],
      pending: ["block_time_high:warning", "memory_high:critical", "tps_low:warning"],
    });
  });

  test("at t0 + 59 s the pending rules have not fired yet", () => {
    expect(evaluate([T0, at(59)], (now) => snapshotAt(now, REFERENCE)).firing).toEqual(["node_count_low:critical"]);
  });

  test("two nodes with the same sample: chain alerts once, memory_high once per node", () => {
    const result = evaluate([T0, at(61)], (now) => snapshotAt(now, REFERENCE, ["node-1", "node-2"]));
    expect(result.firing).toEqual([
      "block_time_high:warning",
      "memory_high:critical",
      "memory_high:critical",
      "node_count_low:critical",
      "tps_low:warning",
    ]);
  });

  test("a stalled head adds chain_stalled (auto threshold max(60, 3 x 15) = 60 s)", () => {
    const result = evaluate([T0, at(61)], (now) => ({ ...snapshotAt(now, REFERENCE), headAdvancedAt: T0 }));
    expect(result.firing).toEqual([...REFERENCE_FIRING, "chain_stalled:critical"].sort());
  });
});

describe("unknown is not zero", () => {
  test.each([
    ["every field null", {}, ["node-1"], null],
    ["every field null, head advancing", {}, ["node-1"], 5],
    ["every field null, two nodes", {}, ["node-1", "node-2"], null],
    ["no nodes at all", {}, [], null],
  ])("%s fires nothing and leaves nothing pending", (_name, metrics, nodeIds, headAgo) => {
    const result = evaluate([T0, at(61), at(600)], (now) => snapshotAt(now, metrics, nodeIds, headAgo));
    expect(result).toEqual({ firing: [], pending: [], steps: [] });
  });

  test("a missing active_nodes never raises node_count_low (the reference system's defect)", () => {
    const result = evaluate([T0, at(61)], (now) => snapshotAt(now, { ...REFERENCE, activeNodes: null }));
    expect(result.firing).not.toContain("node_count_low:critical");
    expect(result.firing).toEqual(["block_time_high:warning", "memory_high:critical", "tps_low:warning"]);
  });
});

describe("flapping with the default rules: never two open episodes at once", () => {
  test.each([
    [
      "active nodes 0, 2, 0",
      "activeNodes",
      [0, 2, 0],
      ["node_count_low:open:firing", "node_count_low:resolve", "node_count_low:open:firing"],
    ],
    ["tps 0.5, 3, 0.5", "tps", [0.5, 3, 0.5], ["tps_low:open:pending", "tps_low:cancel", "tps_low:open:pending"]],
    [
      "tps 0.5, null, 0.5, 3",
      "tps",
      [0.5, null, 0.5, 3],
      ["tps_low:open:pending", "tps_low:hold", "tps_low:fire", "tps_low:resolve"],
    ],
  ])("%s", (_name, field, values, expected) => {
    const times = values.map((_, i) => at(i * 30));
    const valueAt = (now: Date) => values[times.findIndex((t) => t.getTime() === now.getTime())];
    const result = evaluate(times, (now) => snapshotAt(now, { [field]: valueAt(now) }));
    expect(result.steps).toEqual(expected);
  });
});
