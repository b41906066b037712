import { describe, expect, test } from "vitest";
import { daysUntilFull } from "../../../lib/analytics/predictions/daysUntilFull.ts";
import { at, gaussian, sampled } from "./seeded.ts";

const DAY = 86_400;
/** 50 GB used, growing 1 GB a day, sampled hourly for a week: 57 GB at the end. */
const steady = sampled(7 * DAY, 3600, (s) => 50_000 + (s / DAY) * 1000);

describe("daysUntilFull", () => {
  test("steady growth: the remaining space over the daily growth", () => {
    const result = daysUntilFull(steady, 100_000)!;
    expect(result.days).toBeCloseTo(43, 6);
    expect(result.lower).toBeCloseTo(43, 6);
    expect(result.upper).toBeCloseTo(43, 6);
    expect(result.slopeMbPerDay).toBeCloseTo(1000, 6);
    expect(result.fullAt.getTime()).toBeCloseTo(at(50 * DAY).getTime(), -3);
  });

  test("counted from `now` when given (the line extrapolated to then)", () => {
    expect(daysUntilFull(steady, 100_000, { now: at(10 * DAY) })!.days).toBeCloseTo(40, 6);
  });

  test("already at or over the total: 0 days", () => {
    expect(daysUntilFull(steady, 55_000)!.days).toBe(0);
  });

  test("noisy growth: an interval around the estimate", () => {
    const noise = gaussian(3);
    const result = daysUntilFull(
      sampled(7 * DAY, 3600, (s) => 50_000 + (s / DAY) * 1000 + 200 * noise()),
      100_000,
    )!;
    expect(result.lower).toBeLessThan(result.days);
    expect(result.upper!).toBeGreaterThan(result.days);
    expect(result.days).toBeGreaterThan(40);
    expect(result.days).toBeLessThan(46);
  });

  test("growth within the noise: no latest date (it might never fill)", () => {
    const noise = gaussian(4);
    const result = daysUntilFull(
      sampled(DAY, 3600, (s) => 50_000 + s / DAY + 500 * noise()),
      100_000,
    )!;
    expect(result.days).toBeGreaterThan(result.lower);
    expect(result.upper).toBeNull();
  });

  test.each([
    { name: "total unknown", points: steady, total: null },
    { name: "total undefined", points: steady, total: undefined },
    { name: "total 0", points: steady, total: 0 },
    { name: "total not finite", points: steady, total: NaN },
    { name: "shrinking", points: sampled(7 * DAY, 3600, (s) => 60_000 - s / 100), total: 100_000 },
    { name: "flat", points: sampled(7 * DAY, 3600, () => 60_000), total: 100_000 },
    { name: "three points", points: steady.slice(0, 3), total: 100_000 },
    { name: "no points", points: [], total: 100_000 },
  ])("$name -> null", ({ points, total }) => {
    expect(daysUntilFull(points, total)).toBeNull();
  });
});
