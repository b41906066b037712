import { describe, expect, test } from "vitest";
import { MAX_POINTS, metricQuerySchema, stepFor } from "../../lib/api/schemas/metrics.ts";

describe("stepFor caps every range at MAX_POINTS buckets", () => {
  const from = new Date("2026-01-01T00:00:00Z");
  test.each([
    { seconds: 900, requested: undefined, step: 1 },
    { seconds: 3600, requested: undefined, step: 4 },
    { seconds: 30 * 86_400, requested: undefined, step: 2592 },
    { seconds: 30 * 86_400, requested: 60, step: 2592 },
    { seconds: 3600, requested: 60, step: 60 },
  ])("$seconds s, step $requested -> $step", ({ seconds, requested, step }) => {
    const to = new Date(from.getTime() + seconds * 1000);
    expect(stepFor(from, to, requested)).toBe(step);
    expect(seconds / stepFor(from, to, requested)).toBeLessThanOrEqual(MAX_POINTS);
  });
});

describe("metricQuerySchema", () => {
  const valid = { metric: "tps", from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z" };
  test("accepts a valid query", () => {
    expect(metricQuerySchema.safeParse(valid).success).toBe(true);
  });
  test.each([
    { name: "from after to", query: { ...valid, from: "2026-01-03T00:00:00Z" }, path: "from" },
    { name: "unknown metric", query: { ...valid, metric: "tps; DROP TABLE nodes" }, path: "metric" },
    { name: "unknown parameter", query: { ...valid, extra: "1" }, path: "" },
    { name: "negative step", query: { ...valid, step: "-5" }, path: "step" },
    { name: "not a date", query: { ...valid, to: "tomorrow" }, path: "to" },
  ])("rejects $name", ({ query, path }) => {
    const result = metricQuerySchema.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(path);
  });
});
