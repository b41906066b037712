import { DOWN_AFTER_FAILURES } from "../collector/nodeHealth.ts";
import type {
  Comparison,
  Evidence,
  Prediction,
  RecommendationInput,
  RecommendationPriority,
} from "./recommendations.ts";
import type { SampleMetrics } from "./types.ts";

/** The first four are the reference system's numbers; the rest are new. */
export const RECOMMENDATION_THRESHOLDS = {
  minTps: 1.0,
  maxAvgBlockTimeSeconds: 10,
  maxMemoryUsageMb: 1000,
  minActiveNodes: 3,
  /** The same count after which the collector marks a node down. */
  nodeDownFailures: DOWN_AFTER_FAILURES,
  maxLagBlocks: 10,
  /** A head is stalled after max(3 x expected block time, 60 s) without a new block. */
  stallBlockTimeMultiple: 3,
  minStallSeconds: 60,
  diskFullWithinDays: 7,
  /** A forecast TPS at or below this counts as zero. */
  tpsNearZero: 0.01,
  minMonitoredNodes: 2,
  minClientCount: 5,
  maxMemoryPercent: 80,
  maxDiskPercent: 85,
} as const;

export interface Finding {
  nodeId?: string;
  issue: string;
  /** Overrides the rule's priority when a finding is weaker than the rule's usual case. */
  priority?: RecommendationPriority;
  evidence: Evidence;
}

type Condition = (input: RecommendationInput, now: Date) => Finding[];

const T = RECOMMENDATION_THRESHOLDS;

// Non-finite numbers are as unknown as null, so they never trigger a rule either.
const known = (x: number | null | undefined): x is number => typeof x === "number" && Number.isFinite(x);
const knownTotal = (x: number | null): x is number => known(x) && x > 0;
const round1 = (x: number) => Math.round(x * 10) / 10;
const holds = (value: number, c: Comparison, threshold: number) =>
  c === "lt"
    ? value < threshold
    : c === "lte"
      ? value <= threshold
      : c === "gt"
        ? value > threshold
        : value >= threshold;
// Predictions are stored under the alert metrics' snake_case names; accept the SampleMetrics key too.
const DISK_PREDICTION_METRICS = new Set(["disk_usage_mb", "diskUsageMb"]);
// Sample metrics and forecasts date from the sample; node and head state is as of the evaluation.
const sampleTime = (input: RecommendationInput, now: Date) => (input.latestAt ?? now).toISOString();
const isDown = (n: RecommendationInput["nodes"][number]) => n.consecutiveFailures >= T.nodeDownFailures;

function evidence(
  metric: string,
  value: number,
  threshold: number,
  comparison: Comparison,
  at: string,
  p?: Prediction,
) {
  const trend = p ? { predictedValue: p.value, horizonHours: p.horizonHours, lower: p.lower, upper: p.upper } : null;
  return { metric, value, threshold, comparison, trend, observedAt: at } satisfies Evidence;
}

function sample(metric: keyof SampleMetrics, comparison: Comparison, threshold: number, issue: string): Condition {
  return (input, now) => {
    const value = input.latest?.[metric];
    if (!known(value) || !holds(value, comparison, threshold)) return [];
    return [{ issue, evidence: evidence(metric, value, threshold, comparison, sampleTime(input, now)) }];
  };
}

function percent(kind: "memory" | "disk", threshold: number): Condition {
  return (input, now) => {
    const used = input.latest?.[kind === "memory" ? "memoryUsageMb" : "diskUsageMb"];
    const total = kind === "memory" ? input.memoryTotalMb : input.diskTotalMb;
    if (!known(used) || !knownTotal(total)) return [];
    // Compare the rounded value so the evidence shown always satisfies its own comparison.
    const value = round1((used / total) * 100);
    if (!(value > threshold)) return [];
    const at = sampleTime(input, now);
    return [
      {
        issue: `High ${kind} usage (${value}%)`,
        evidence: evidence(`${kind}UsagePercent`, value, threshold, "gt", at),
      },
    ];
  };
}

const shortestHorizon = (predictions: Prediction[]) =>
  predictions.reduce<Prediction | undefined>(
    (best, p) => (!best || p.horizonHours < best.horizonHours ? p : best),
    undefined,
  );

/** When each rule fires; the rule table in recommendations.ts gives order, priority and wording. */
export const CONDITIONS = {
  lowTps: sample("tps", "lt", T.minTps, "Low TPS"),
  highBlockTime: sample("avgBlockTime", "gt", T.maxAvgBlockTimeSeconds, "High block time"),
  // A fixed 1000 MB only means something without a known total; with one, highMemoryPercent judges.
  highMemory: (input, now) =>
    knownTotal(input.memoryTotalMb)
      ? []
      : sample("memoryUsageMb", "gt", T.maxMemoryUsageMb, "High memory usage")(input, now),
  lowNodeCount: sample("activeNodes", "lt", T.minActiveNodes, "Low node count"),
  nodeDown: (input, now) =>
    input.nodes.filter(isDown).map((n) => ({
      nodeId: n.nodeId,
      issue: `Node ${n.name} is down`,
      evidence: evidence("consecutiveFailures", n.consecutiveFailures, T.nodeDownFailures, "gte", now.toISOString()),
    })),
  nodeLagging: (input, now) =>
    input.nodes.flatMap((n) =>
      // A down node's lag is stale, and nodeDown already covers it.
      isDown(n) || !known(n.lagBlocks) || n.lagBlocks <= T.maxLagBlocks
        ? []
        : [
            {
              nodeId: n.nodeId,
              issue: `Node ${n.name} is ${n.lagBlocks} blocks behind the chain head`,
              evidence: evidence("lagBlocks", n.lagBlocks, T.maxLagBlocks, "gt", now.toISOString()),
            },
          ],
    ),
  chainStalled: (input, now) => {
    const stalled = input.headStalledSeconds;
    const blockTime = known(input.expectedBlockTimeSeconds)
      ? input.expectedBlockTimeSeconds
      : input.latest?.avgBlockTime;
    // Without any block time a slow chain cannot be told from a stalled one.
    if (!known(stalled) || !known(blockTime)) return [];
    const threshold = Math.max(T.stallBlockTimeMultiple * blockTime, T.minStallSeconds);
    if (!(stalled > threshold)) return [];
    const issue = `Chain head has not advanced for ${Math.round(stalled)} s`;
    return [{ issue, evidence: evidence("headStalledSeconds", stalled, threshold, "gt", now.toISOString()) }];
  },
  diskFullSoon: (input, now) => {
    const days = input.daysUntilDiskFull;
    if (!known(days) || days > T.diskFullWithinDays) return [];
    const forecast = shortestHorizon(input.predictions.filter((p) => DISK_PREDICTION_METRICS.has(p.metric)));
    const issue = days <= 0 ? "Disk is full" : `Disk projected full in ${round1(days)} days`;
    const at = sampleTime(input, now);
    return [{ issue, evidence: evidence("daysUntilDiskFull", days, T.diskFullWithinDays, "lte", at, forecast) }];
  },
  tpsTrendingToZero: (input, now) => {
    const tps = input.latest?.tps;
    if (!known(tps) || tps <= 0) return [];
    const zero = (x: number | null) => known(x) && x <= T.tpsNearZero;
    const hits = input.predictions.filter(
      (p) => p.metric === "tps" && known(p.value) && known(p.horizonHours) && (zero(p.value) || zero(p.lower)),
    );
    // A point forecast at zero outweighs a lower bound at zero; then the nearest horizon wins.
    const points = hits.filter((p) => zero(p.value));
    const p = shortestHorizon(points.length > 0 ? points : hits);
    if (!p) return [];
    const point = zero(p.value);
    const issue = `TPS (now ${round1(tps)}) ${point ? "forecast to reach" : "may reach"} zero within ${p.horizonHours} h`;
    const at = sampleTime(input, now);
    const ev = point
      ? evidence("tpsForecast", p.value, T.tpsNearZero, "lte", at, p)
      : evidence("tpsForecastLower", p.lower ?? p.value, T.tpsNearZero, "lte", at, p);
    return [{ issue, priority: point ? "medium" : "low", evidence: ev }];
  },
  singleNode: (input, now) =>
    input.nodes.length !== 1
      ? []
      : [
          {
            issue: "Only one node of this chain is monitored",
            evidence: evidence("monitoredNodes", 1, T.minMonitoredNodes, "lt", now.toISOString()),
          },
        ],
  highMemoryPercent: percent("memory", T.maxMemoryPercent),
  highDiskPercent: percent("disk", T.maxDiskPercent),
  lowClientCount: sample("clientCount", "lt", T.minClientCount, "Low client count"),
} satisfies Record<string, Condition>;

export type RuleName = keyof typeof CONDITIONS;
