import { describe, expect, test } from "vitest";
import { classifyHealth, computeHealth, HEALTH_WEIGHTS, type HealthMetrics } from "../../lib/analytics/health.ts";

const metrics = (m: Partial<HealthMetrics>): HealthMetrics => ({
  tps: null,
  avgBlockTime: null,
  activeNodes: null,
  memoryUsageMb: null,
  ...m,
});
const componentScore = (m: HealthMetrics, component: string) =>
  computeHealth(m).breakdown.find((b) => b.component === component)?.score;

describe("computeHealth", () => {
  test.each([
    // tps 100, block time 100, nodes 100, memory 75 -> 0.9 * 100 + 0.1 * 75
    {
      name: "healthy sample",
      m: { tps: 12, avgBlockTime: 4, activeNodes: 6, memoryUsageMb: 500 },
      score: 97.5,
      cls: "excellent",
    },
    // 0.3 * 50 + 0.3 * 70 + 0.3 * 80 + 0.1 * 40
    {
      name: "middling sample",
      m: { tps: 5, avgBlockTime: 8, activeNodes: 4, memoryUsageMb: 1200 },
      score: 64,
      cls: "good",
    },
    {
      name: "everything bad",
      m: { tps: 0, avgBlockTime: 30, activeNodes: 0, memoryUsageMb: 5000 },
      score: 0,
      cls: "poor",
    },
    { name: "only tps known: score is the tps component", m: { tps: 3.3 }, score: 33, cls: "poor" },
    // (0.3 * 50 + 0.3 * 80) / 0.6: unknown block time and memory neither count as 0 nor as 100
    { name: "weights renormalised", m: { tps: 5, activeNodes: 4 }, score: 65, cls: "good" },
    { name: "nothing known", m: {}, score: null, cls: null },
    { name: "NaN is unknown", m: { tps: Number.NaN, activeNodes: 5 }, score: 100, cls: "excellent" },
  ])("$name -> $score", ({ m, score, cls }) => {
    const result = computeHealth(metrics(m));
    expect(result.score).toBe(score);
    expect(result.healthClass).toBe(cls);
  });

  test.each([
    { name: "block time 2 s is capped at 100, not 130", m: { avgBlockTime: 2 }, component: "blockTime", score: 100 },
    { name: "block time 5 s", m: { avgBlockTime: 5 }, component: "blockTime", score: 100 },
    { name: "block time 20 s floors at 0", m: { avgBlockTime: 20 }, component: "blockTime", score: 0 },
    { name: "tps 50 capped", m: { tps: 50 }, component: "tps", score: 100 },
    { name: "negative tps floors at 0", m: { tps: -3 }, component: "tps", score: 0 },
    { name: "10 nodes capped", m: { activeNodes: 10 }, component: "nodes", score: 100 },
    { name: "memory 3000 MB floors at 0", m: { memoryUsageMb: 3000 }, component: "memory", score: 0 },
    { name: "memory 0 MB", m: { memoryUsageMb: 0 }, component: "memory", score: 100 },
  ])("$name", ({ m, component, score }) => {
    expect(componentScore(metrics(m), component)).toBe(score);
  });

  test("breakdown reports value, weight and renormalised weight per component", () => {
    const { breakdown } = computeHealth(metrics({ tps: 5, memoryUsageMb: 1000 }));
    expect(
      breakdown.map(({ component, metric, value, score, weight }) => ({ component, metric, value, score, weight })),
    ).toEqual([
      { component: "tps", metric: "tps", value: 5, score: 50, weight: 0.3 },
      { component: "blockTime", metric: "avgBlockTime", value: null, score: null, weight: 0.3 },
      { component: "nodes", metric: "activeNodes", value: null, score: null, weight: 0.3 },
      { component: "memory", metric: "memoryUsageMb", value: 1000, score: 50, weight: 0.1 },
    ]);
    expect(breakdown.map((b) => b.effectiveWeight)).toEqual([expect.closeTo(0.75, 10), 0, 0, expect.closeTo(0.25, 10)]);
  });

  test("weights sum to 1", () => {
    expect(Object.values(HEALTH_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });
});

describe("classifyHealth", () => {
  test.each([
    { score: 100, cls: "excellent" },
    { score: 80.1, cls: "excellent" },
    { score: 80, cls: "good" },
    { score: 60, cls: "good" },
    { score: 59.9, cls: "fair" },
    { score: 40, cls: "fair" },
    { score: 39.9, cls: "poor" },
    { score: 0, cls: "poor" },
    { score: null, cls: null },
    { score: Number.NaN, cls: null },
  ])("$score -> $cls", ({ score, cls }) => {
    expect(classifyHealth(score)).toBe(cls);
  });
});
