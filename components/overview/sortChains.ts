import type { OverviewChainDto } from "@/lib/api/schemas/responses/overview.ts";

export type SortKey = "name" | "type" | "health" | "tps" | "blockTime" | "height" | "nodesUp" | "openAlerts";
/** The values of aria-sort, so the table can pass the direction straight through. */
export type SortDirection = "ascending" | "descending";
export interface ChainSort {
  key: SortKey;
  direction: SortDirection;
}
export interface ChainFilter {
  /** Matched case-insensitively against name, id and type. */
  text: string;
  /** "" for every type; UNKNOWN_TYPE for chains without one. */
  type: string;
}

export const UNKNOWN_TYPE = "unknown";

const finite = (x: number | null | undefined): number | null =>
  typeof x === "number" && Number.isFinite(x) ? x : null;

const SORT_VALUE: Record<SortKey, (chain: OverviewChainDto) => string | number | null> = {
  name: (c) => c.name,
  type: (c) => c.type,
  health: (c) => finite(c.health?.score),
  tps: (c) => finite(c.latest?.tps),
  blockTime: (c) => finite(c.latest?.avgBlockTime),
  height: (c) => finite(c.headHeight),
  nodesUp: (c) => c.nodesUp,
  // Firing alerts of any severity; pending ones have not fired.
  openAlerts: (c) => c.openAlerts.total,
};

/** Numbers read best largest first; text A to Z. */
export const FIRST_DIRECTION: Record<SortKey, SortDirection> = {
  name: "ascending",
  type: "ascending",
  health: "descending",
  tps: "descending",
  blockTime: "descending",
  height: "descending",
  nodesUp: "descending",
  openAlerts: "descending",
};

// A fixed locale, so server and browser order the same; "chain-10" after "chain-9".
const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
const compareText = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

function compareValues(a: string | number, b: string | number): number {
  return typeof a === "number" && typeof b === "number" ? a - b : compareText(String(a), String(b));
}

/**
 * The chains in the table's order. Unknown values go last in both directions (flipping the order
 * must not bring the unknown ones to the top); ties fall back to the name, then the id.
 */
export function sortChains(chains: OverviewChainDto[], sort: ChainSort): OverviewChainDto[] {
  const value = SORT_VALUE[sort.key];
  const sign = sort.direction === "ascending" ? 1 : -1;
  return [...chains].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else {
      const order = compareValues(va, vb);
      if (order !== 0) return sign * order;
    }
    return compareText(a.name, b.name) || compareText(a.id, b.id);
  });
}

/** The chains whose name, id or type contains the text, of the chosen type. */
export function filterChains(chains: OverviewChainDto[], filter: ChainFilter): OverviewChainDto[] {
  const needle = filter.text.trim().toLowerCase();
  return chains.filter((chain) => {
    if (filter.type !== "" && (chain.type ?? UNKNOWN_TYPE) !== filter.type) return false;
    if (needle === "") return true;
    return [chain.name, chain.id, chain.type ?? ""].some((text) => text.toLowerCase().includes(needle));
  });
}

/** The types present, A to Z, for the type filter's options. */
export function chainTypes(chains: OverviewChainDto[]): string[] {
  return [...new Set(chains.map((chain) => chain.type ?? UNKNOWN_TYPE))].sort(compareText);
}
