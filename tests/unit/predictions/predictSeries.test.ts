import { describe, expect, test } from "vitest";
import { MIN_POINTS, predictSeries } from "../../../lib/analytics/predictions/predictSeries.ts";
import type { Point } from "../../../lib/analytics/types.ts";
import { at, gaussian, mulberry32, sampled } from "./seeded.ts";

const HOUR = 3600;

describe("predictSeries returns null (unknown, never 0) with too little to go on", () => {
  const hourly = (count: number) => sampled((count - 1) * 600, 600, (s) => 10 + s / 600);
  test.each([
    { name: `${MIN_POINTS - 1} points`, points: hourly(MIN_POINTS - 1), horizonSeconds: 600 },
    { name: "a span under a quarter of the horizon", points: sampled(60, 1, (s) => s), horizonSeconds: 300 },
    { name: "no horizon", points: hourly(20), horizonSeconds: 0 },
    { name: "a negative horizon", points: hourly(20), horizonSeconds: -60 },
    { name: "only non-finite values", points: hourly(20).map((p) => ({ ...p, value: NaN })), horizonSeconds: 600 },
    {
      name: "points too clustered for any backtest origin",
      points: [...sampled(4, 1, (s) => s), { time: at(HOUR), value: 5 }],
      horizonSeconds: 600,
    },
  ])("$name", ({ points, horizonSeconds }) => {
    expect(predictSeries(points, { horizonSeconds })).toBeNull();
  });

  test("just enough: 6 points spanning a quarter of the horizon", () => {
    const prediction = predictSeries(
      sampled(900, 180, (s) => 10 + s / 60),
      { horizonSeconds: 3600 },
    )!;
    expect(prediction).not.toBeNull();
    expect(prediction.value).toBeCloseTo(10 + (900 + 3600) / 60, 6);
    expect(prediction.backtest.n).toBeGreaterThanOrEqual(1);
    expect(prediction.backtest.horizonSeconds).toBe(300);
  });

  test("stale data: the span must cover a quarter of the way from the last point to the target", () => {
    const points = sampled(2 * HOUR, 60, (s) => 10 + s / 60);
    expect(predictSeries(points, { horizonSeconds: HOUR, now: at(3 * HOUR) })).not.toBeNull();
    expect(predictSeries(points, { horizonSeconds: HOUR, now: at(12 * HOUR) })).toBeNull();
  });

  test("points after `now` are not seen; too few before it is null", () => {
    const points = sampled(2 * HOUR, 60, (s) => s);
    expect(predictSeries(points, { horizonSeconds: 600, now: at(240) })).toBeNull();
  });
});

describe("the same signal sampled every 5 s or every 60 s gives nearly the same prediction", () => {
  test.each([
    { name: "noisy trend", signal: (s: number) => 500 + s / 30, noise: 3 },
    {
      name: "trend and a 3 h cycle",
      signal: (s: number) => 200 + s / 120 + 10 * Math.sin((2 * Math.PI * s) / (3 * HOUR)),
      noise: 1,
    },
    { name: "flat, then rising", signal: (s: number) => 100 + Math.max(0, s - 4 * HOUR) / 60, noise: 1 },
    { name: "noisy level", signal: () => 40, noise: 5 },
  ])("$name", ({ signal, noise }) => {
    const predict = (step: number) => {
      const draw = gaussian(step);
      return predictSeries(
        sampled(6 * HOUR, step, (s) => signal(s) + noise * draw()),
        { horizonSeconds: HOUR },
      )!;
    };
    const [dense, sparse] = [predict(5), predict(60)];
    const width = (prediction: typeof dense) => prediction.upper - prediction.lower;
    // Nearly the same: within 1 % of the value, or a tenth of the interval when noise dominates.
    const tolerance = Math.max(0.01 * Math.abs(signal(7 * HOUR)), 0.1 * width(dense));
    expect(Math.abs(dense.value - sparse.value)).toBeLessThan(tolerance);
    expect(width(dense) / width(sparse)).toBeGreaterThan(0.5);
    expect(width(dense) / width(sparse)).toBeLessThan(2);
    expect(Math.abs(dense.confidence - sparse.confidence)).toBeLessThan(0.06);
  });
});

describe("non-negative metrics are never predicted below zero", () => {
  const falling = sampled(4 * HOUR, 60, (s) => Math.max(0, 100 - s / 150));
  test("a falling series is clamped at 0, and only with the flag", () => {
    const clamped = predictSeries(falling, { horizonSeconds: 4 * HOUR, nonNegative: true })!;
    expect(clamped.value).toBe(0);
    expect(clamped.lower).toBe(0);
    expect(clamped.upper).toBeGreaterThanOrEqual(0);
    expect(predictSeries(falling, { horizonSeconds: 4 * HOUR })!.value).toBeLessThan(0);
  });

  test("a noisy TPS near zero keeps its lower bound at 0", () => {
    const uniform = mulberry32(9);
    const tps = sampled(2 * HOUR, 30, () => (uniform() < 0.7 ? 0 : uniform() * 3));
    const prediction = predictSeries(tps, { horizonSeconds: 1800, nonNegative: true })!;
    expect(prediction.lower).toBe(0);
    expect(prediction.value).toBeGreaterThanOrEqual(0);
  });
});

describe("confidence comes from the measured backtest error, not the trend's size", () => {
  test.each([
    { name: "gentle exact line", slope: 0.001 },
    { name: "steep exact line (the reference would give 0.1)", slope: 10 },
  ])("$name: confidence 1", ({ slope }) => {
    const prediction = predictSeries(
      sampled(2 * HOUR, 60, (s) => 100 + slope * s),
      { horizonSeconds: 1800 },
    )!;
    expect(prediction.method).toBe("least_squares");
    expect(prediction.value).toBeCloseTo(100 + slope * (2.5 * HOUR), 6);
    expect(prediction.confidence).toBeCloseTo(1, 9);
    expect(prediction.backtest.mape).toBeCloseTo(0, 9);
  });

  test("noisier data, lower confidence", () => {
    const confidence = (noise: number) => {
      const draw = gaussian(4);
      return predictSeries(
        sampled(2 * HOUR, 60, (s) => 100 + s / 360 + noise * draw()),
        { horizonSeconds: 1800 },
      )!.confidence;
    };
    expect(confidence(1)).toBeGreaterThan(confidence(10));
    expect(confidence(10)).toBeGreaterThan(confidence(40));
  });
});

describe("predictSeries", () => {
  test("picks Holt after a trend change, and predicts near the new trend", () => {
    const draw = gaussian(21);
    const signal = (s: number) => 300 + Math.max(0, s - 9 * HOUR) * (30 / HOUR);
    const prediction = predictSeries(
      sampled(12 * HOUR, 60, (s) => signal(s) + draw()),
      { horizonSeconds: 1800 },
    )!;
    expect(prediction.method).toBe("holt");
    expect(Math.abs(prediction.value - signal(12.5 * HOUR))).toBeLessThan(3);
  });

  test("reports what it is based on and when it is for", () => {
    const points: Point[] = sampled(3 * HOUR, 60, (s) => 50 + s / 100);
    const now = at(2 * HOUR);
    const prediction = predictSeries(points, { horizonSeconds: 600, windowSeconds: HOUR, now })!;
    expect(prediction.basedOn).toEqual({ points: 61, fromTime: at(HOUR), toTime: now });
    expect(prediction.targetTime).toEqual(at(2 * HOUR + 600));
    expect(prediction.horizonSeconds).toBe(600);
    expect(prediction.value).toBeCloseTo(50 + (2 * HOUR + 600) / 100, 6);
  });

  test("its 80 % intervals contain at least about 80 % of noisy outcomes", () => {
    const draw = gaussian(99);
    const trials = 200;
    let inside = 0;
    for (let trial = 0; trial < trials; trial++) {
      const line = (s: number) => 1000 + (trial - 100) * (s / HOUR);
      const prediction = predictSeries(
        sampled(2 * HOUR, 120, (s) => line(s) + 5 * draw()),
        { horizonSeconds: 1800 },
      )!;
      const truth = line(2.5 * HOUR) + 5 * draw();
      if (prediction.lower <= truth && truth <= prediction.upper) inside++;
    }
    expect(inside / trials).toBeGreaterThan(0.75);
    expect(inside / trials).toBeLessThan(0.95);
  });
});
