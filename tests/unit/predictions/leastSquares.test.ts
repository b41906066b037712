import { describe, expect, test } from "vitest";
import {
  fitLeastSquares,
  forecastLeastSquares,
  leastSquaresForecaster,
} from "../../../lib/analytics/predictions/leastSquares.ts";
import { tQuantile90 } from "../../../lib/analytics/predictions/tQuantile.ts";
import { at, gaussian, sampled } from "./seeded.ts";

describe("fitLeastSquares recovers an exact line", () => {
  test.each([
    { name: "rising, every 60 s", intercept: 100, slope: 0.5, step: 60 },
    { name: "falling, every 5 s", intercept: 5000, slope: -2, step: 5 },
    { name: "flat", intercept: 42, slope: 0, step: 30 },
    { name: "block height at epoch-sized values", intercept: 1e9, slope: 1 / 12, step: 12 },
  ])("$name", ({ intercept, slope, step }) => {
    const points = sampled(3600, step, (seconds) => intercept + slope * seconds);
    const fit = fitLeastSquares(points)!;
    expect(fit.slope).toBeCloseTo(slope, 9);
    expect(fit.residualStandardError).toBeLessThan(1e-6 * Math.max(1, Math.abs(intercept)));
    expect(fit.n).toBe(points.length);
    const forecast = forecastLeastSquares(fit, at(7200));
    expect(forecast.value).toBeCloseTo(intercept + slope * 7200, 4);
  });
});

describe("fitLeastSquares without enough data", () => {
  test.each([
    { name: "no points", points: [] },
    { name: "two points", points: [0, 60].map((s) => ({ time: at(s), value: s })) },
    { name: "three points at one time", points: [1, 2, 3].map((value) => ({ time: at(0), value })) },
    { name: "non-finite values only", points: [0, 60, 120].map((s) => ({ time: at(s), value: NaN })) },
  ])("$name -> null", ({ points }) => {
    expect(fitLeastSquares(points)).toBeNull();
  });
});

describe("least squares prediction interval", () => {
  test("widens with the distance from the data's mean time", () => {
    const noise = gaussian(1);
    const fit = fitLeastSquares(sampled(3600, 60, (s) => 10 + s / 100 + noise()))!;
    const widths = [3600, 7200, 36_000].map((s) => {
      const { lower, upper } = forecastLeastSquares(fit, at(s));
      return upper! - lower!;
    });
    expect(widths[0]).toBeLessThan(widths[1]!);
    expect(widths[1]).toBeLessThan(widths[2]!);
  });

  test("contains about 80 % of noisy outcomes over many seeded trials", () => {
    const noise = gaussian(2024);
    const trials = 1000;
    let inside = 0;
    for (let trial = 0; trial < trials; trial++) {
      const line = (s: number) => 50 + trial / 10 + s / 300;
      const points = sampled(1800, 90, (s) => line(s) + 3 * noise());
      const forecast = leastSquaresForecaster()(points, at(2700))!;
      const truth = line(2700) + 3 * noise();
      if (forecast.lower! <= truth && truth <= forecast.upper!) inside++;
    }
    expect(inside / trials).toBeGreaterThan(0.76);
    expect(inside / trials).toBeLessThan(0.84);
  });

  test("respects a window and clamps non-negative metrics", () => {
    const points = sampled(7200, 60, (s) => (s < 3600 ? 1000 : 1000 - (s - 3600) / 10));
    const windowed = leastSquaresForecaster({ windowSeconds: 1800 })(points, at(18_000))!;
    expect(windowed.value).toBeCloseTo(1000 - (18_000 - 3600) / 10, 6);
    const clamped = leastSquaresForecaster({ windowSeconds: 1800, nonNegative: true })(points, at(36_000))!;
    expect(clamped).toEqual({ value: 0, lower: 0, upper: 0 });
  });
});

describe("tQuantile90", () => {
  test.each([
    { df: 1, expected: 3.078 },
    { df: 4, expected: 1.533 },
    { df: 30, expected: 1.31 },
    { df: 40, expected: 1.303 },
    { df: 120, expected: 1.289 },
    { df: 1e6, expected: 1.282 },
  ])("df $df -> $expected", ({ df, expected }) => {
    expect(tQuantile90(df)).toBeCloseTo(expected, 3);
  });
  test("no degrees of freedom: no finite interval", () => {
    expect(tQuantile90(0)).toBe(Infinity);
  });
});
