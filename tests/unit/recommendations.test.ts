import { describe, expect, test } from "vitest";
import {
  recommend,
  RECOMMENDATION_RULES,
  RECOMMENDATION_THRESHOLDS,
  type RecommendationInput,
} from "../../lib/analytics/recommendations.ts";
import { CONDITIONS } from "../../lib/analytics/recommendationRules.ts";
import type { SampleMetrics } from "../../lib/analytics/types.ts";
import { sampleMetrics } from "../helpers/sampleMetrics.ts";

const now = new Date("2026-03-01T12:00:00Z");
const sampledAt = new Date("2026-03-01T11:59:45Z");

const sample = (m: Partial<SampleMetrics> = {}): SampleMetrics => sampleMetrics(m);
const node = (nodeId: string, consecutiveFailures = 0, lagBlocks: number | null = 0) => ({
  nodeId,
  name: `node ${nodeId}`,
  status: consecutiveFailures >= 3 ? ("down" as const) : ("up" as const),
  consecutiveFailures,
  lagBlocks,
});
// Two healthy nodes and nothing else known: no rule has anything to say.
const input = (over: Partial<RecommendationInput> = {}): RecommendationInput => ({
  chainId: "c1",
  latest: sample(),
  latestAt: sampledAt,
  nodes: [node("a"), node("b")],
  headStalledSeconds: null,
  expectedBlockTimeSeconds: null,
  predictions: [],
  daysUntilDiskFull: null,
  memoryTotalMb: null,
  diskTotalMb: null,
  ...over,
});
const rules = (over: Partial<RecommendationInput>) => recommend(input(over), now).map((r) => r.rule);

describe("recommend", () => {
  test("reference case: tps 0.5, block time 15 s, 1500 MB, 1 node", () => {
    const latest = sample({ tps: 0.5, avgBlockTime: 15, memoryUsageMb: 1500, activeNodes: 1 });
    const recs = recommend(input({ latest }), now);
    // The reference listed them in rule order; the same four, by rule order:
    const inRuleOrder = RECOMMENDATION_RULES.flatMap(([name]) => recs.filter((r) => r.rule === name));
    expect(inRuleOrder.map((r) => r.type)).toEqual(["performance", "performance", "resource", "availability"]);
    expect(inRuleOrder.map((r) => r.issue)).toEqual([
      "Low TPS",
      "High block time",
      "High memory usage",
      "Low node count",
    ]);
    // Returned by priority first, then rule order.
    expect(recs.map((r) => [r.rule, r.priority])).toEqual([
      ["lowTps", "high"],
      ["lowNodeCount", "high"],
      ["highBlockTime", "medium"],
      ["highMemory", "medium"],
    ]);
    expect(recs[0]).toMatchObject({
      id: "lowTps:c1",
      chainId: "c1",
      nodeId: null,
      evidence: {
        metric: "tps",
        value: 0.5,
        threshold: 1,
        comparison: "lt",
        trend: null,
        observedAt: sampledAt.toISOString(),
      },
    });
  });

  test("null metrics never trigger anything", () => {
    expect(recommend(input({ nodes: [node("a"), node("b", 0, null)] }), now)).toEqual([]);
    expect(recommend(input({ latest: null, latestAt: null, headStalledSeconds: 600 }), now)).toEqual([]);
  });

  test("non-finite values are unknown too", () => {
    const latest = sample({ tps: Number.NaN, memoryUsageMb: Number.POSITIVE_INFINITY });
    expect(recommend(input({ latest, daysUntilDiskFull: Number.NaN }), now)).toEqual([]);
  });

  test.each([
    { name: "tps 1 is not low", over: { latest: sample({ tps: 1 }) }, expected: [] },
    { name: "tps 0 is low", over: { latest: sample({ tps: 0 }) }, expected: ["lowTps"] },
    { name: "block time 10 s is fine", over: { latest: sample({ avgBlockTime: 10 }) }, expected: [] },
    { name: "3 active nodes suffice", over: { latest: sample({ activeNodes: 3 }) }, expected: [] },
    { name: "4 clients are few", over: { latest: sample({ clientCount: 4 }) }, expected: ["lowClientCount"] },
    { name: "5 clients suffice", over: { latest: sample({ clientCount: 5 }) }, expected: [] },
    { name: "node down after 3 failures", over: { nodes: [node("a", 3, 50), node("b")] }, expected: ["nodeDown"] },
    { name: "2 failures are not down", over: { nodes: [node("a", 2), node("b")] }, expected: [] },
    { name: "lag 11 blocks", over: { nodes: [node("a", 0, 11), node("b")] }, expected: ["nodeLagging"] },
    { name: "lag 10 blocks is tolerated", over: { nodes: [node("a", 0, 10), node("b")] }, expected: [] },
    { name: "single monitored node", over: { nodes: [node("a")] }, expected: ["singleNode"] },
    { name: "no monitored node is not a single node", over: { nodes: [] }, expected: [] },
    {
      name: "stall over 3 x 30 s",
      over: { headStalledSeconds: 91, expectedBlockTimeSeconds: 30 },
      expected: ["chainStalled"],
    },
    { name: "stall of 3 x 30 s exactly", over: { headStalledSeconds: 90, expectedBlockTimeSeconds: 30 }, expected: [] },
    {
      name: "stall floor 60 s for fast chains",
      over: { headStalledSeconds: 59, expectedBlockTimeSeconds: 2 },
      expected: [],
    },
    {
      name: "stall past 60 s floor",
      over: { headStalledSeconds: 61, expectedBlockTimeSeconds: 2 },
      expected: ["chainStalled"],
    },
    {
      name: "stall falls back to the observed block time",
      over: { headStalledSeconds: 1900, latest: sample({ avgBlockTime: 600 }) },
      expected: ["chainStalled", "highBlockTime"],
    },
    {
      name: "within 3 x the observed block time",
      over: { headStalledSeconds: 1700, latest: sample({ avgBlockTime: 600 }) },
      expected: ["highBlockTime"],
    },
    { name: "stall with no block time known", over: { headStalledSeconds: 100_000 }, expected: [] },
    { name: "disk full in 7 days", over: { daysUntilDiskFull: 7 }, expected: ["diskFullSoon"] },
    { name: "disk full in 8 days", over: { daysUntilDiskFull: 8 }, expected: [] },
    {
      name: "memory 81% of a known total",
      over: { latest: sample({ memoryUsageMb: 810 }), memoryTotalMb: 1000 },
      expected: ["highMemoryPercent"],
    },
    // With a known total the percentage judges, not the fixed 1000 MB of the reference.
    {
      name: "1500 MB of 16 GB",
      over: { latest: sample({ memoryUsageMb: 1500 }), memoryTotalMb: 16_000 },
      expected: [],
    },
    { name: "memory % needs a total", over: { latest: sample({ memoryUsageMb: 900 }) }, expected: [] },
    {
      name: "disk 86%",
      over: { latest: sample({ diskUsageMb: 86 }), diskTotalMb: 100 },
      expected: ["highDiskPercent"],
    },
    { name: "disk 85%", over: { latest: sample({ diskUsageMb: 85 }), diskTotalMb: 100 }, expected: [] },
    { name: "disk total 0 is unknown", over: { latest: sample({ diskUsageMb: 85 }), diskTotalMb: 0 }, expected: [] },
  ])("$name", ({ over, expected }) => {
    expect(rules(over)).toEqual(expected);
  });

  test("node rules carry the node in id and evidence", () => {
    const recs = recommend(input({ nodes: [node("b", 0, 40), node("a", 5)] }), now);
    expect(recs.map((r) => [r.id, r.nodeId, r.evidence.metric, r.evidence.value, r.evidence.observedAt])).toEqual([
      ["nodeDown:c1:a", "a", "consecutiveFailures", 5, now.toISOString()],
      ["nodeLagging:c1:b", "b", "lagBlocks", 40, now.toISOString()],
    ]);
  });

  test("a down node is not also reported as lagging", () => {
    expect(rules({ nodes: [node("a", 4, 500), node("b")] })).toEqual(["nodeDown"]);
  });

  test("disk full soon carries the disk forecast with the shortest horizon", () => {
    const predictions = [
      { metric: "diskUsageMb", value: 990, lower: 950, upper: 1000, horizonHours: 72 },
      { metric: "disk_usage_mb", value: 900, lower: 880, upper: 920, horizonHours: 24 },
    ];
    const [rec] = recommend(input({ daysUntilDiskFull: 2.5, predictions }), now);
    expect(rec?.issue).toBe("Disk projected full in 2.5 days");
    expect(rec?.evidence).toEqual({
      metric: "daysUntilDiskFull",
      value: 2.5,
      threshold: RECOMMENDATION_THRESHOLDS.diskFullWithinDays,
      comparison: "lte",
      trend: { predictedValue: 900, horizonHours: 24, lower: 880, upper: 920 },
      observedAt: sampledAt.toISOString(),
    });
  });

  const tpsForecast = (value: number, lower: number | null, horizonHours = 24) => ({
    metric: "tps",
    value,
    lower,
    upper: value + 1,
    horizonHours,
  });
  test.each([
    {
      name: "point forecast at zero",
      tps: 3,
      forecasts: [tpsForecast(0, 0)],
      priority: "medium",
      metric: "tpsForecast",
    },
    {
      name: "only the lower bound at zero",
      tps: 3,
      forecasts: [tpsForecast(1, -0.5)],
      priority: "low",
      metric: "tpsForecastLower",
    },
    {
      name: "point forecast wins over a nearer lower bound",
      tps: 3,
      forecasts: [tpsForecast(2, 0, 6), tpsForecast(0.005, 0, 48)],
      priority: "medium",
      metric: "tpsForecast",
    },
    { name: "forecast stays above zero", tps: 3, forecasts: [tpsForecast(2, 1)], priority: null, metric: null },
    { name: "current tps already 0", tps: 0, forecasts: [tpsForecast(0, 0)], priority: null, metric: null },
    {
      name: "no tps forecast",
      tps: 3,
      forecasts: [{ ...tpsForecast(0, 0), metric: "diskUsageMb" }],
      priority: null,
      metric: null,
    },
  ])("tps trending to zero: $name", ({ tps, forecasts, priority, metric }) => {
    const rec = recommend(input({ latest: sample({ tps, activeNodes: 5 }), predictions: forecasts }), now).find(
      (r) => r.rule === "tpsTrendingToZero",
    );
    expect(rec?.priority ?? null).toBe(priority);
    expect(rec?.evidence.metric ?? null).toBe(metric);
    if (rec) expect(rec.evidence.trend).not.toBeNull();
  });

  test("ordering is by priority, then rule order, then id, whatever the input order", () => {
    const over = {
      latest: sample({ clientCount: 1, avgBlockTime: 20 }),
      nodes: [node("z", 0, 99), node("y", 3), node("x", 3)],
      daysUntilDiskFull: 1,
    };
    const expected = [
      "nodeDown:c1:x",
      "nodeDown:c1:y",
      "diskFullSoon:c1",
      "highBlockTime:c1",
      "nodeLagging:c1:z",
      "lowClientCount:c1",
    ];
    expect(recommend(input(over), now).map((r) => r.id)).toEqual(expected);
    const reversed = { ...over, nodes: [...over.nodes].reverse() };
    expect(recommend(input(reversed), now).map((r) => r.id)).toEqual(expected);
  });

  test("every rule has a row in the rule table, exactly once", () => {
    const names = RECOMMENDATION_RULES.map(([name]) => name);
    expect([...names].sort()).toEqual(Object.keys(CONDITIONS).sort());
  });
});
