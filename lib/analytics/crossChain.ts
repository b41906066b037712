import type { SampleMetrics } from "./types.ts";

/** A chain counts as active at or above this health (0-100 scale). */
export const ACTIVE_HEALTH_THRESHOLD = 50;

export interface CrossChainInput {
  id: string;
  name: string;
  type: string | null;
  health: number | null;
  latest: SampleMetrics | null;
  openAlerts: { critical: number; warning: number; info: number };
}

export interface ChainComparison {
  chainId: string;
  name: string;
  type: string | null;
  tps: number | null;
  avgBlockTime: number | null;
  health: number | null;
  /** 1 = healthiest; null when the health is unknown. */
  rank: number | null;
}

/** A sum over the chains that reported the metric; total is null when none did. */
export interface ResourceTotal {
  total: number | null;
  reporting: number;
}

export interface CrossChainAnalysis {
  totalChains: number;
  activeChains: number;
  chainsByType: Record<string, number>;
  /** One row per chain, in ranking order. */
  comparison: ChainComparison[];
  /** Chain ids by health descending, unknown health last, ties by name then id. */
  ranking: string[];
  resources: Record<"memoryUsageMb" | "diskUsageMb" | "clientCount" | "agentCount", ResourceTotal>;
  alerts: { total: number; critical: number; warning: number; info: number };
}

const RESOURCE_METRICS = ["memoryUsageMb", "diskUsageMb", "clientCount", "agentCount"] as const;

const known = (x: number | null | undefined): x is number => typeof x === "number" && Number.isFinite(x);
// NaN or Infinity is as unknown as null.
const orNull = (x: number | null | undefined) => (known(x) ? x : null);
// Code-unit order rather than localeCompare, so the result does not depend on the runtime's locale.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Compares chains side by side. An empty input gives zeros and empty lists, never sample data. */
export function analyseCrossChain(
  chains: CrossChainInput[],
  options: { activeHealthThreshold?: number } = {},
): CrossChainAnalysis {
  const threshold = options.activeHealthThreshold ?? ACTIVE_HEALTH_THRESHOLD;

  const typeCounts = new Map<string, number>();
  for (const c of chains) {
    const type = c.type?.trim() || "unknown";
    typeCounts.set(type, (typeCounts.get(type) ?? 0) + 1);
  }
  // fromEntries defines own properties, so a type named like "__proto__" stays an ordinary key.
  const chainsByType = Object.fromEntries([...typeCounts].sort(([a], [b]) => byText(a, b)));

  const ranked = [...chains].sort((a, b) => {
    const ha = orNull(a.health);
    const hb = orNull(b.health);
    if (ha !== hb) return ha === null ? 1 : hb === null ? -1 : hb - ha;
    return byText(a.name, b.name) || byText(a.id, b.id);
  });
  const comparison = ranked.map((c, index): ChainComparison => {
    const health = orNull(c.health);
    // Unknown health sorts last, so the known ones hold ranks 1..n without gaps.
    const rank = health === null ? null : index + 1;
    const { id: chainId, name, type } = c;
    return {
      chainId,
      name,
      type,
      tps: orNull(c.latest?.tps),
      avgBlockTime: orNull(c.latest?.avgBlockTime),
      health,
      rank,
    };
  });

  const resources = Object.fromEntries(
    RESOURCE_METRICS.map((metric) => {
      const values = chains.map((c) => c.latest?.[metric]).filter(known);
      const total = values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0);
      return [metric, { total, reporting: values.length }];
    }),
  ) as CrossChainAnalysis["resources"];

  const alerts = { total: 0, critical: 0, warning: 0, info: 0 };
  for (const { openAlerts } of chains) {
    alerts.critical += openAlerts.critical;
    alerts.warning += openAlerts.warning;
    alerts.info += openAlerts.info;
  }
  alerts.total = alerts.critical + alerts.warning + alerts.info;

  return {
    totalChains: chains.length,
    activeChains: comparison.filter((c) => c.health !== null && c.health >= threshold).length,
    chainsByType,
    comparison,
    ranking: comparison.map((c) => c.chainId),
    resources,
    alerts,
  };
}
