import { CHART_METRICS, type ChartMetric } from "@/lib/api/schemas/metrics.ts";

export interface MetricDisplay {
  label: string;
  unit: string;
  /** Stored values are divided by this for display (wei -> gwei, sat/kvB -> sat/vB). */
  divisor: number;
}

/** How a metric reads to people: gas price in the chain's own unit, as the tables show it (format.ts). */
export function metricDisplay(metric: ChartMetric, chainType: string | null): MetricDisplay {
  const { label, unit } = CHART_METRICS[metric];
  if (metric !== "gasPrice") return { label, unit, divisor: 1 };
  if (chainType === "bitcoin") return { label: "Fee rate", unit: "sat/vB", divisor: 1000 };
  return { label, unit: "gwei", divisor: 1e9 };
}
