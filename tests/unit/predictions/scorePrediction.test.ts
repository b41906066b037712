import { describe, expect, test } from "vitest";
import { scorePrediction } from "../../../lib/analytics/predictions/scorePrediction.ts";
import { at } from "./seeded.ts";

const prediction = { targetTime: at(600), value: 110, lower: 100, upper: 120 };
const around = (before: number, after: number) => [
  { time: at(0), value: 90 },
  { time: at(500), value: before },
  { time: at(700), value: after },
];

describe("scorePrediction", () => {
  test.each([
    {
      name: "exactly right",
      points: [{ time: at(600), value: 110 }],
      expected: { actual: 110, error: 0, absoluteError: 0, percentageError: 0, insideInterval: true },
    },
    {
      name: "actual interpolated between the points around the target",
      points: around(100, 120),
      expected: { actual: 110, error: 0, absoluteError: 0, percentageError: 0, insideInterval: true },
    },
    {
      name: "too high, still inside",
      points: around(100, 100),
      expected: { actual: 100, error: 10, absoluteError: 10, percentageError: 0.1, insideInterval: true },
    },
    {
      name: "too low, outside",
      points: around(150, 150),
      expected: { actual: 150, error: -40, absoluteError: 40, percentageError: 40 / 150, insideInterval: false },
    },
    {
      name: "actual 0: no percentage",
      points: around(0, 0),
      expected: { actual: 0, error: 110, absoluteError: 110, percentageError: null, insideInterval: false },
    },
  ])("$name", ({ points, expected }) => {
    const score = scorePrediction(prediction, points)!;
    expect(score.actual).toBeCloseTo(expected.actual, 9);
    expect(score.error).toBeCloseTo(expected.error, 9);
    expect(score.absoluteError).toBeCloseTo(expected.absoluteError, 9);
    if (expected.percentageError === null) expect(score.percentageError).toBeNull();
    else expect(score.percentageError).toBeCloseTo(expected.percentageError, 9);
    expect(score.insideInterval).toBe(expected.insideInterval);
  });

  test("no interval: insideInterval unknown", () => {
    const score = scorePrediction({ ...prediction, lower: null, upper: null }, around(100, 100))!;
    expect(score.insideInterval).toBeNull();
  });

  test.each([
    { name: "target not reached yet", points: [{ time: at(500), value: 100 }], options: {} },
    { name: "no point before the target", points: [{ time: at(700), value: 100 }], options: {} },
    { name: "no points", points: [], options: {} },
    { name: "points around the target too far apart", points: around(100, 120), options: { maxGapSeconds: 60 } },
  ])("$name -> null", ({ points, options }) => {
    expect(scorePrediction(prediction, points, options)).toBeNull();
  });

  test("a point exactly at the target needs no neighbours, whatever maxGapSeconds", () => {
    const points = [
      { time: at(0), value: 1 },
      { time: at(600), value: 105 },
      { time: at(9999), value: 1 },
    ];
    expect(scorePrediction(prediction, points, { maxGapSeconds: 1 })!.actual).toBe(105);
  });
});
