import { describe, expect, test } from "vitest";
import { nextDueAt, nextNodeHealth } from "../../lib/collector/nodeHealth.ts";

describe("nextNodeHealth", () => {
  test.each([
    { outcome: "ok", before: 0, status: "up", failures: 0 },
    { outcome: "ok", before: 5, status: "up", failures: 0 },
    { outcome: "partial", before: 2, status: "degraded", failures: 0 },
    { outcome: "failed", before: 0, status: "degraded", failures: 1 },
    { outcome: "failed", before: 1, status: "degraded", failures: 2 },
    { outcome: "failed", before: 2, status: "down", failures: 3 },
    { outcome: "failed", before: 9, status: "down", failures: 10 },
  ] as const)("$outcome after $before failures -> $status", ({ outcome, before, status, failures }) => {
    expect(nextNodeHealth(outcome, before)).toEqual({ status, consecutiveFailures: failures });
  });
});

test.each([
  { durationMs: 100, status: "up" },
  { durationMs: 2600, status: "degraded" },
])("an answer in $durationMs ms of a 5000 ms timeout is $status", ({ durationMs, status }) => {
  expect(nextNodeHealth("ok", 0, { durationMs, timeoutMs: 5000 }).status).toBe(status);
});

describe("nextDueAt", () => {
  const last = new Date("2026-01-01T00:00:00Z");
  test.each([
    { failures: 0, seconds: 15 },
    { failures: 1, seconds: 15 },
    { failures: 2, seconds: 30 },
    { failures: 3, seconds: 60 },
    { failures: 5, seconds: 240 },
    { failures: 8, seconds: 300 }, // capped
  ])("after $failures failures the next collection waits $seconds s", ({ failures, seconds }) => {
    const due = nextDueAt({ startedAt: last, intervalSeconds: 15, consecutiveFailures: failures });
    expect((due.getTime() - last.getTime()) / 1000).toBe(seconds);
  });
});
