import { describe, expect, test } from "vitest";
import { backtest, originIndexes } from "../../../lib/analytics/predictions/backtest.ts";
import { toSamples } from "../../../lib/analytics/predictions/series.ts";
import type { Forecaster } from "../../../lib/analytics/predictions/types.ts";
import type { Point } from "../../../lib/analytics/types.ts";
import { sampled } from "./seeded.ts";

/** The last value, with an interval of ± halfWidth (null: no interval). */
const persistence =
  (halfWidth: number | null): Forecaster =>
  (history) => {
    const value = history.at(-1)!.value;
    return halfWidth === null
      ? { value, lower: null, upper: null }
      : { value, lower: value - halfWidth, upper: value + halfWidth };
  };
const constant =
  (value: number): Forecaster =>
  () => ({ value, lower: value - 1, upper: value + 1 });

// value = 100 + t every second for 100 s; with 57 origins every candidate (t = 33..89) is used.
const ramp = sampled(99, 1, (s) => 100 + s);
const everyOrigin = { horizonSeconds: 10, maxOrigins: 57 };
let expectedMape = 0;
for (let origin = 33; origin <= 89; origin++) expectedMape += 10 / (110 + origin) / 57;

describe("backtest on known series", () => {
  test.each([
    {
      name: "persistence on a ramp: every miss is 10",
      points: ramp,
      forecaster: persistence(5),
      expected: { n: 57, mae: 10, mape: expectedMape, coverage: 0 },
    },
    {
      name: "interval exactly as wide as the miss counts as inside",
      points: ramp,
      forecaster: persistence(10),
      expected: { n: 57, mae: 10, mape: expectedMape, coverage: 1 },
    },
    {
      name: "no interval: coverage unknown",
      points: ramp,
      forecaster: persistence(null),
      expected: { n: 57, mae: 10, mape: expectedMape, coverage: null },
    },
    {
      name: "exact forecasts of a constant",
      points: sampled(99, 1, () => 7),
      forecaster: constant(7),
      expected: { n: 57, mae: 0, mape: 0, coverage: 1 },
    },
    {
      name: "every actual 0: MAE scaled by the mean |value| (50 for 40 s of 100)",
      points: sampled(99, 1, (s) => (s < 40 ? 50 : 0)),
      forecaster: constant(2),
      expected: { n: 57, mae: 2, mape: 2 / 20, coverage: 0 },
    },
    {
      name: "all zeros, predicted 0",
      points: sampled(99, 1, () => 0),
      forecaster: constant(0),
      expected: { n: 57, mae: 0, mape: 0, coverage: 1 },
    },
  ])("$name", ({ points, forecaster, expected }) => {
    const result = backtest(points, forecaster, everyOrigin);
    expect(result.n).toBe(expected.n);
    expect(result.mae).toBeCloseTo(expected.mae, 9);
    expect(result.mape).toBeCloseTo(expected.mape, 9);
    expect(result.coverage).toBe(expected.coverage);
    expect(result.comparisons).toHaveLength(expected.n);
  });

  test("actuals of ~0 are left out of the percentage, not the MAE", () => {
    // Targets t = 43..99: 0 until t = 60, then 100.
    const points = sampled(99, 1, (s) => (s <= 60 ? 0 : 100));
    const result = backtest(points, constant(90), everyOrigin);
    expect(result.mape).toBeCloseTo(0.1, 9);
    expect(result.mae).toBeCloseTo((18 * 90 + 39 * 10) / 57, 9);
  });

  test("the forecaster sees only the points up to the origin", () => {
    const seen: Point[][] = [];
    backtest(ramp, (history) => (seen.push([...history]), null), { horizonSeconds: 10, maxOrigins: 3 });
    expect(seen.map((history) => history.at(-1)!.value)).toEqual([133, 161, 189]);
  });

  test.each([
    { name: "horizon longer than the data", points: ramp, horizonSeconds: 200 },
    { name: "too few points", points: ramp.slice(0, 3), horizonSeconds: 1 },
    { name: "no points", points: [], horizonSeconds: 10 },
    { name: "no horizon", points: ramp, horizonSeconds: 0 },
  ])("$name: no comparison, unknown errors", ({ points, horizonSeconds }) => {
    expect(backtest(points, persistence(1), { horizonSeconds })).toMatchObject({
      n: 0,
      mape: null,
      mae: null,
      coverage: null,
    });
  });
});

describe("originIndexes", () => {
  test("spreads origins evenly in time over the latter two thirds, leaving room for the horizon", () => {
    expect(originIndexes(toSamples(ramp), 10, 5, 4)).toEqual([33, 47, 61, 75, 89]);
  });

  test("picks by time, not by sample count, when sampling is irregular", () => {
    // Dense (1 s) up to t = 60, then every 10 s.
    const points = [
      ...sampled(60, 1, (s) => s),
      ...sampled(40, 10, (s) => 60 + s)
        .slice(1)
        .map(shift(60)),
    ];
    const samples = toSamples(points);
    const origins = originIndexes(samples, 10, 3, 4).map((index) => samples[index]!.t - samples[0]!.t);
    expect(origins).toEqual([34, 60, 90]);
  });
});

const shift = (seconds: number) => (point: Point) => ({
  ...point,
  time: new Date(point.time.getTime() + seconds * 1000),
});
