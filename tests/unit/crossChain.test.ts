import { describe, expect, test } from "vitest";
import { ACTIVE_HEALTH_THRESHOLD, analyseCrossChain, type CrossChainInput } from "../../lib/analytics/crossChain.ts";
import type { SampleMetrics } from "../../lib/analytics/types.ts";
import { sampleMetrics } from "../helpers/sampleMetrics.ts";

const sample = (m: Partial<SampleMetrics>): SampleMetrics => sampleMetrics(m);
const chain = (id: string, over: Partial<CrossChainInput> = {}): CrossChainInput => ({
  id,
  name: id.toUpperCase(),
  type: "evm",
  health: null,
  latest: null,
  openAlerts: { critical: 0, warning: 0, info: 0 },
  ...over,
});

describe("analyseCrossChain", () => {
  test("an empty system gives zeros and empty lists, not invented chains", () => {
    expect(analyseCrossChain([])).toEqual({
      totalChains: 0,
      activeChains: 0,
      chainsByType: {},
      comparison: [],
      ranking: [],
      resources: {
        memoryUsageMb: { total: null, reporting: 0 },
        diskUsageMb: { total: null, reporting: 0 },
        clientCount: { total: null, reporting: 0 },
        agentCount: { total: null, reporting: 0 },
      },
      alerts: { total: 0, critical: 0, warning: 0, info: 0 },
    });
  });

  test.each([
    // The reference counted health > 0.5 on a 0-100 scale, so 1 counted as active.
    { healths: [1, 0.6, 30], threshold: undefined, active: 0 },
    { healths: [ACTIVE_HEALTH_THRESHOLD, 49.9, 90, null], threshold: undefined, active: 2 },
    { healths: [70, 85, 95], threshold: 80, active: 2 },
    { healths: [null, null], threshold: 0, active: 0 },
  ])("healths $healths with threshold $threshold -> $active active", ({ healths, threshold, active }) => {
    const chains = healths.map((health, i) => chain(`c${i}`, { health }));
    const options = threshold === undefined ? undefined : { activeHealthThreshold: threshold };
    expect(analyseCrossChain(chains, options).activeChains).toBe(active);
  });

  test("chains by type use each chain's type, unknown for null or blank", () => {
    const chains = [
      chain("a", { type: "evm" }),
      chain("b", { type: "bitcoin" }),
      chain("c", { type: "evm" }),
      chain("d", { type: null }),
      chain("e", { type: " " }),
    ];
    expect(analyseCrossChain(chains).chainsByType).toEqual({ bitcoin: 1, evm: 2, unknown: 2 });
  });

  test("ranking by health descending, unknown last, ties by name", () => {
    const chains = [
      chain("n", { name: "Nul", health: null }),
      chain("b", { name: "Beta", health: 70 }),
      chain("a", { name: "Alpha", health: 70 }),
      chain("z", { name: "Zed", health: 95, latest: sample({ tps: 12, avgBlockTime: 2 }) }),
      chain("x", { name: "Xen", health: Number.NaN }),
    ];
    const result = analyseCrossChain(chains);
    expect(result.ranking).toEqual(["z", "a", "b", "n", "x"]);
    expect(result.comparison.map((c) => [c.chainId, c.rank, c.health])).toEqual([
      ["z", 1, 95],
      ["a", 2, 70],
      ["b", 3, 70],
      ["n", null, null],
      ["x", null, null],
    ]);
    expect(result.comparison[0]).toEqual({
      chainId: "z",
      name: "Zed",
      type: "evm",
      tps: 12,
      avgBlockTime: 2,
      health: 95,
      rank: 1,
    });
    expect(result.comparison[1]).toMatchObject({ tps: null, avgBlockTime: null });
  });

  test("resources sum known values only and say how many chains reported", () => {
    const chains = [
      chain("a", { latest: sample({ memoryUsageMb: 500, diskUsageMb: 1000, clientCount: 0 }) }),
      chain("b", { latest: sample({ memoryUsageMb: 250, diskUsageMb: null }) }),
      chain("c", { latest: null }),
    ];
    expect(analyseCrossChain(chains).resources).toEqual({
      memoryUsageMb: { total: 750, reporting: 2 },
      diskUsageMb: { total: 1000, reporting: 1 },
      // A reported 0 is a known 0, unlike nothing reported.
      clientCount: { total: 0, reporting: 1 },
      agentCount: { total: null, reporting: 0 },
    });
  });

  test("alerts are summed across chains", () => {
    const chains = [
      chain("a", { openAlerts: { critical: 1, warning: 2, info: 3 } }),
      chain("b", { openAlerts: { critical: 0, warning: 1, info: 0 } }),
    ];
    const result = analyseCrossChain(chains);
    expect(result.alerts).toEqual({ total: 7, critical: 1, warning: 3, info: 3 });
    expect(result.totalChains).toBe(2);
  });
});
