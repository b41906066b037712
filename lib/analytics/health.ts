import type { HealthClass, SampleMetrics } from "./types.ts";

export type HealthComponent = "tps" | "blockTime" | "nodes" | "memory";
export type HealthMetrics = Pick<SampleMetrics, "tps" | "avgBlockTime" | "activeNodes" | "memoryUsageMb">;

export interface HealthBreakdownItem {
  component: HealthComponent;
  metric: keyof HealthMetrics;
  value: number | null;
  /** 0..100, one decimal; null when the metric is unknown. */
  score: number | null;
  /** Nominal weight of the component. */
  weight: number;
  /** Weight after renormalising over the known components; 0 for an unknown one. */
  effectiveWeight: number;
}

export interface HealthResult {
  score: number | null;
  healthClass: HealthClass | null;
  breakdown: HealthBreakdownItem[];
}

export const HEALTH_WEIGHTS = { tps: 0.3, blockTime: 0.3, nodes: 0.3, memory: 0.1 } as const satisfies Record<
  HealthComponent,
  number
>;

/** Class boundaries: above 80 excellent, 60..80 good, 40..<60 fair, below 40 poor (80 and 60 are good, 40 is fair). */
export const HEALTH_CLASS_BOUNDS = { excellentAbove: 80, goodFrom: 60, fairFrom: 40 } as const;

// The reference formulas; each is clamped afterwards so no component can exceed 100 or drop below 0.
const COMPONENTS: { component: HealthComponent; metric: keyof HealthMetrics; raw: (value: number) => number }[] = [
  { component: "tps", metric: "tps", raw: (tps) => (tps / 10) * 100 },
  { component: "blockTime", metric: "avgBlockTime", raw: (seconds) => 100 - (seconds - 5) * 10 },
  { component: "nodes", metric: "activeNodes", raw: (nodes) => (nodes / 5) * 100 },
  { component: "memory", metric: "memoryUsageMb", raw: (mb) => 100 - (mb / 1000) * 50 },
];

const clamp = (x: number) => Math.min(100, Math.max(0, x));
const round1 = (x: number) => Math.round(x * 10) / 10;

export function classifyHealth(score: number | null): HealthClass | null {
  if (score === null || !Number.isFinite(score)) return null;
  if (score > HEALTH_CLASS_BOUNDS.excellentAbove) return "excellent";
  if (score >= HEALTH_CLASS_BOUNDS.goodFrom) return "good";
  if (score >= HEALTH_CLASS_BOUNDS.fairFrom) return "fair";
  return "poor";
}

/**
 * Health 0..100 of the latest sample. Unknown metrics are left out and the remaining weights
 * renormalised, so a missing metric never drags the score down; with nothing known the score is null.
 */
export function computeHealth(metrics: HealthMetrics): HealthResult {
  const parts = COMPONENTS.map(({ component, metric, raw }) => {
    const value = metrics[metric];
    // NaN or Infinity is as unknown as null: it must not poison the weighted sum.
    const known = value !== null && Number.isFinite(value);
    return { component, metric, value: known ? value : null, exact: known ? clamp(raw(value)) : null };
  });
  const knownWeight = parts.reduce((sum, p) => (p.exact === null ? sum : sum + HEALTH_WEIGHTS[p.component]), 0);

  const breakdown = parts.map(({ component, metric, value, exact }): HealthBreakdownItem => {
    const weight = HEALTH_WEIGHTS[component];
    const effectiveWeight = exact === null ? 0 : weight / knownWeight;
    return { component, metric, value, score: exact === null ? null : round1(exact), weight, effectiveWeight };
  });
  if (knownWeight === 0) return { score: null, healthClass: null, breakdown };

  // Sum the unrounded components; round once at the end so rounding errors do not add up.
  const weighted = parts.reduce(
    (sum, p) => (p.exact === null ? sum : sum + (p.exact * HEALTH_WEIGHTS[p.component]) / knownWeight),
    0,
  );
  const score = round1(clamp(weighted));
  return { score, healthClass: classifyHealth(score), breakdown };
}
