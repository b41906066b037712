import { describe, expect, test } from "vitest";
import type { Comparison } from "../../../lib/analytics/alerts/alertMetrics.ts";
import {
  alertKey,
  nextAlertStep,
  type AlertStep,
  type OpenEpisode,
} from "../../../lib/analytics/alerts/nextAlertStep.ts";
import type { Observation } from "../../../lib/analytics/alerts/observe.ts";

const T0 = new Date("2026-11-28T12:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const obs = (value: number | null, threshold: number | null = 1): Observation => ({
  chainId: "chain-a",
  nodeId: null,
  value,
  threshold,
});
const pending = (startedSecondsAgo = 0): OpenEpisode => ({ state: "pending", startedAt: at(-startedSecondsAgo) });
const firing = (startedSecondsAgo = 0): OpenEpisode => ({ state: "firing", startedAt: at(-startedSecondsAgo) });
const lt = (forSeconds: number) => ({ comparison: "lt" as Comparison, forSeconds });

describe("nextAlertStep: lifecycle", () => {
  test.each<[string, { comparison: Comparison; forSeconds: number }, Observation, OpenEpisode | undefined, AlertStep]>([
    // nothing open
    ["fine, nothing open", lt(60), obs(5), undefined, { kind: "none" }],
    ["holds, for 60 s -> open pending", lt(60), obs(0.5), undefined, { kind: "open", state: "pending" }],
    ["holds, for 0 s -> open firing", lt(0), obs(0.5), undefined, { kind: "open", state: "firing" }],
    ["holds, negative for -> open firing", lt(-5), obs(0.5), undefined, { kind: "open", state: "firing" }],
    ["zero is a value: 0 < 1 holds", lt(0), obs(0), undefined, { kind: "open", state: "firing" }],
    // pending
    ["pending, held 59 s of 60 -> hold", lt(60), obs(0.5), pending(59), { kind: "hold" }],
    ["pending, held exactly 60 s -> fire", lt(60), obs(0.5), pending(60), { kind: "fire" }],
    ["pending, held 61 s -> fire", lt(60), obs(0.5), pending(61), { kind: "fire" }],
    ["pending, held 59.999 s -> hold", lt(60), obs(0.5), pending(59.999), { kind: "hold" }],
    ["pending, for lowered to 0 -> fire", lt(0), obs(0.5), pending(0), { kind: "fire" }],
    ["pending, clears -> cancel", lt(60), obs(2), pending(30), { kind: "cancel" }],
    ["pending, clears at the boundary -> cancel", lt(60), obs(1), pending(120), { kind: "cancel" }],
    // firing
    ["firing, still holds -> hold", lt(60), obs(0.5), firing(600), { kind: "hold" }],
    ["firing, for 0, still holds -> hold", lt(0), obs(0.5), firing(0), { kind: "hold" }],
    ["firing, clears -> resolve", lt(60), obs(5), firing(600), { kind: "resolve" }],
    // unknown changes nothing
    ["value null, nothing open -> none", lt(0), obs(null), undefined, { kind: "none" }],
    ["threshold null, nothing open -> none", lt(0), obs(0.5, null), undefined, { kind: "none" }],
    ["value null, pending -> hold (not cancel, not fire)", lt(60), obs(null), pending(600), { kind: "hold" }],
    ["value null, firing -> hold (not resolve)", lt(60), obs(null), firing(600), { kind: "hold" }],
    ["threshold null, firing -> hold", lt(60), obs(0.5, null), firing(600), { kind: "hold" }],
    ["both null, pending -> hold", lt(60), obs(null, null), pending(1), { kind: "hold" }],
  ])("%s", (_name, rule, observation, open, expected) => {
    expect(nextAlertStep(rule, observation, open, T0)).toEqual(expected);
  });

  test.each<[Comparison, number, number, AlertStep]>([
    ["lt", 0.5, 1, { kind: "open", state: "firing" }],
    ["lt", 1, 1, { kind: "none" }],
    ["lte", 1, 1, { kind: "open", state: "firing" }],
    ["gt", 15, 10, { kind: "open", state: "firing" }],
    ["gt", 10, 10, { kind: "none" }],
    ["gte", 3, 3, { kind: "open", state: "firing" }],
    ["gte", 2, 3, { kind: "none" }],
  ])("comparison %s: %d vs %d", (comparison, value, threshold, expected) => {
    expect(nextAlertStep({ comparison, forSeconds: 0 }, obs(value, threshold), undefined, T0)).toEqual(expected);
  });
});

/** Runs a rule over a series of values, keeping at most one open episode as a store would. */
function run(rule: { comparison: Comparison; forSeconds: number }, values: (number | null)[], stepSeconds = 30) {
  let open: OpenEpisode | undefined;
  const kinds: string[] = [];
  values.forEach((value, i) => {
    const now = at(i * stepSeconds);
    const step = nextAlertStep(rule, obs(value), open, now);
    kinds.push(step.kind === "open" ? `open:${step.state}` : step.kind);
    if (step.kind === "open") {
      expect(open).toBeUndefined(); // never two open episodes at once
      open = { state: step.state, startedAt: now };
    } else if (step.kind === "fire") open = { ...open!, state: "firing" };
    else if (step.kind === "resolve" || step.kind === "cancel") open = undefined;
    else if (step.kind === "hold") expect(open).toBeDefined();
  });
  return kinds;
}

describe("nextAlertStep: sequences", () => {
  test.each([
    ["flapping, for 0: open, resolve, open", lt(0), [0.5, 2, 0.5], ["open:firing", "resolve", "open:firing"]],
    ["flapping, for 60: open, cancel, open", lt(60), [0.5, 2, 0.5], ["open:pending", "cancel", "open:pending"]],
    [
      "pending -> fire after 60 s -> resolve",
      lt(60),
      [0.5, 0.5, 0.5, 0.5, 2],
      ["open:pending", "hold", "fire", "hold", "resolve"],
    ],
    ["a gap of unknown keeps pending and its clock", lt(60), [0.5, null, 0.5], ["open:pending", "hold", "fire"]],
    ["unknown never opens", lt(0), [null, null, 0.5], ["none", "none", "open:firing"]],
    ["unknown never resolves", lt(0), [0.5, null, null, 2], ["open:firing", "hold", "hold", "resolve"]],
    [
      "flap during pending restarts the clock",
      lt(60),
      [0.5, 0.5, 2, 0.5, 0.5, 0.5],
      ["open:pending", "hold", "cancel", "open:pending", "hold", "fire"],
    ],
  ])("%s", (_name, rule, values, expected) => {
    expect(run(rule, values)).toEqual(expected);
  });
});

describe("alertKey", () => {
  test.each([
    ["rule-1", "chain-a", null, "rule-1:chain-a:-"],
    ["rule-1", "chain-a", "node-9", "rule-1:chain-a:node-9"],
    ["rule-2", "chain-b", "node-9", "rule-2:chain-b:node-9"],
  ])("%s / %s / %s -> %s", (ruleId, chainId, nodeId, expected) => {
    expect(alertKey(ruleId, { chainId, nodeId })).toBe(expected);
  });

  test("chain-level and node-level episodes of one rule and chain have different keys", () => {
    const keys = new Set([
      alertKey("r", { chainId: "c", nodeId: null }),
      alertKey("r", { chainId: "c", nodeId: "n1" }),
      alertKey("r", { chainId: "c", nodeId: "n2" }),
      alertKey("r", { chainId: "d", nodeId: null }),
      alertKey("s", { chainId: "c", nodeId: null }),
    ]);
    expect(keys.size).toBe(5);
  });
});
