import { describe, expect, test } from "vitest";
import { chainTypes, filterChains, sortChains, type SortKey } from "../../components/overview/sortChains.ts";
import type { OverviewChainDto } from "../../lib/api/schemas/responses/overview.ts";

function chain(id: string, values: { type?: string | null; health?: number | null; tps?: number | null } = {}) {
  const { type = "evm", health = null, tps = null } = values;
  return {
    id,
    name: id.toUpperCase(),
    type,
    status: "active",
    nodeCount: 1,
    nodesUp: 1,
    headHeight: null,
    collectionIntervalSeconds: 15,
    latest: tps === null ? null : ({ tps, avgBlockTime: null } as OverviewChainDto["latest"]),
    health: health === null ? null : { score: health, healthClass: null },
    openAlerts: { critical: 0, warning: 0, info: 0, total: 0, pending: 0 },
    tpsSparkline: [],
  } satisfies OverviewChainDto;
}

const ids = (chains: OverviewChainDto[]) => chains.map((c) => c.id);

describe("sortChains", () => {
  const chains = [
    chain("c", { health: 40 }),
    chain("a"),
    chain("d", { health: 90 }),
    chain("b", { health: 40 }),
    chain("e", { health: Number.NaN }),
  ];

  test("unknown values sort last in both directions", () => {
    expect(ids(sortChains(chains, { key: "health", direction: "descending" }))).toEqual(["d", "b", "c", "a", "e"]);
    expect(ids(sortChains(chains, { key: "health", direction: "ascending" }))).toEqual(["b", "c", "d", "a", "e"]);
  });

  test("ties keep name order in both directions, whatever the input order", () => {
    const tied = [chain("z", { tps: 1 }), chain("m", { tps: 1 }), chain("a", { tps: 1 })];
    for (const direction of ["ascending", "descending"] as const) {
      expect(ids(sortChains(tied, { key: "tps", direction }))).toEqual(["a", "m", "z"]);
      expect(ids(sortChains([...tied].reverse(), { key: "tps", direction }))).toEqual(["a", "m", "z"]);
    }
  });

  test("text sorts naturally and a missing type counts as unknown, last", () => {
    const typed = [chain("x10", { type: "evm" }), chain("x9", { type: null }), chain("x2", { type: "bitcoin" })];
    expect(ids(sortChains(typed, { key: "name", direction: "ascending" }))).toEqual(["x2", "x9", "x10"]);
    expect(ids(sortChains(typed, { key: "name", direction: "descending" }))).toEqual(["x10", "x9", "x2"]);
    expect(ids(sortChains(typed, { key: "type", direction: "descending" }))).toEqual(["x10", "x2", "x9"]);
  });

  test("every column sorts without throwing and leaves the input alone", () => {
    const keys: SortKey[] = ["name", "type", "health", "tps", "blockTime", "height", "nodesUp", "openAlerts"];
    const before = ids(chains);
    for (const key of keys) expect(sortChains(chains, { key, direction: "ascending" })).toHaveLength(chains.length);
    expect(ids(chains)).toEqual(before);
  });
});

describe("filterChains", () => {
  const chains = [
    chain("ait-devnet", { type: "aitbc" }),
    chain("eth-main", { type: "evm" }),
    chain("odd", { type: null }),
  ];

  test("matches name, id or type, ignoring case and spaces around", () => {
    expect(ids(filterChains(chains, { text: "  AIT ", type: "" }))).toEqual(["ait-devnet"]);
    expect(ids(filterChains(chains, { text: "evm", type: "" }))).toEqual(["eth-main"]);
    expect(ids(filterChains(chains, { text: "", type: "" }))).toEqual(["ait-devnet", "eth-main", "odd"]);
  });

  test("filters by type, a missing type being unknown", () => {
    expect(ids(filterChains(chains, { text: "", type: "unknown" }))).toEqual(["odd"]);
    expect(ids(filterChains(chains, { text: "eth", type: "aitbc" }))).toEqual([]);
    expect(chainTypes(chains)).toEqual(["aitbc", "evm", "unknown"]);
  });
});
