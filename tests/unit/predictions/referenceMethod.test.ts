import { describe, expect, test } from "vitest";
import { referenceForecaster, referencePrediction } from "../../../lib/analytics/predictions/referenceMethod.ts";
import { at, sampled } from "./seeded.ts";

const fiveAndFive = (older: number, recent: number) => [...Array(5).fill(older), ...Array(5).fill(recent)];

describe("referencePrediction, the method predictSeries replaces", () => {
  test.each([
    { name: "flat", values: Array(10).fill(100), hours: 24, expected: { predicted: 100, confidence: 1 } },
    {
      name: "10 % up, a day ahead",
      values: fiveAndFive(100, 110),
      hours: 24,
      expected: { predicted: 121, confidence: 0.9 },
    },
    {
      name: "10 % up, 12 h ahead",
      values: fiveAndFive(100, 110),
      hours: 12,
      expected: { predicted: 115.5, confidence: 0.9 },
    },
    {
      name: "tripled: confidence floor",
      values: fiveAndFive(10, 30),
      hours: 6,
      expected: { predicted: 45, confidence: 0.1 },
    },
    {
      name: "only the last 10 samples count",
      values: [1e6, -1e6, ...fiveAndFive(100, 90)],
      hours: 24,
      expected: { predicted: 81, confidence: 0.9 },
    },
  ])("$name", ({ values, hours, expected }) => {
    const prediction = referencePrediction(values, hours)!;
    expect(prediction.predicted).toBeCloseTo(expected.predicted, 9);
    expect(prediction.confidence).toBeCloseTo(expected.confidence, 9);
  });

  test("fewer than 10 samples: nothing", () => {
    expect(referencePrediction(Array(9).fill(1), 1)).toBeNull();
  });

  test("as a forecaster: hours from the last point, no interval, nothing when older is 0", () => {
    const points = fiveAndFive(100, 110).map((value, index) => ({ time: at(index * 60), value }));
    const forecast = referenceForecaster()(points, at(9 * 60 + 24 * 3600))!;
    expect(forecast.value).toBeCloseTo(121, 9);
    expect(forecast).toMatchObject({ lower: null, upper: null });
    const fromZero = fiveAndFive(0, 5).map((value, index) => ({ time: at(index * 60), value }));
    expect(referenceForecaster()(fromZero, at(3600))).toBeNull();
  });

  test("its defect: it counts samples, so the sampling interval changes the prediction", () => {
    const signal = (s: number) => 100 + s / 36;
    const predict = (step: number) => referenceForecaster()(sampled(3600, step, signal), at(7200))!.value;
    expect(Math.abs(predict(60) - predict(5))).toBeGreaterThan(1);
  });
});
