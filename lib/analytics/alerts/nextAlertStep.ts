import { conditionHolds, type Comparison } from "./alertMetrics.ts";
import type { Observation } from "./observe.ts";

export interface OpenEpisode {
  state: "pending" | "firing";
  startedAt: Date;
}

/**
 * The lifecycle of one (rule, chain, node) episode, as in Prometheus: pending until the
 * condition has held for `forSeconds`, then firing, then resolved when it clears. An unknown
 * value changes nothing (unknown is not "fine" and not "bad").
 */
export type AlertStep =
  | { kind: "none" }
  | { kind: "open"; state: "pending" | "firing" }
  | { kind: "fire" }
  | { kind: "hold" }
  | { kind: "resolve" }
  | { kind: "cancel" };

export function nextAlertStep(
  rule: { comparison: Comparison; forSeconds: number },
  observation: Observation,
  open: OpenEpisode | undefined,
  now: Date,
): AlertStep {
  if (observation.value === null || observation.threshold === null) return open ? { kind: "hold" } : { kind: "none" };
  const holds = conditionHolds(rule.comparison, observation.value, observation.threshold);
  if (!holds) {
    if (!open) return { kind: "none" };
    return open.state === "firing" ? { kind: "resolve" } : { kind: "cancel" };
  }
  if (!open) return { kind: "open", state: rule.forSeconds <= 0 ? "firing" : "pending" };
  if (open.state === "pending" && now.getTime() - open.startedAt.getTime() >= rule.forSeconds * 1000) {
    return { kind: "fire" };
  }
  return { kind: "hold" };
}

export function alertKey(ruleId: string, observation: Pick<Observation, "chainId" | "nodeId">): string {
  return `${ruleId}:${observation.chainId}:${observation.nodeId ?? "-"}`;
}
