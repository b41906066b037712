import { describe, expect, test } from "vitest";
import { toSamples, valueAt } from "../../../lib/analytics/predictions/series.ts";
import { at } from "./seeded.ts";

const points = [
  { time: at(120), value: 30 },
  { time: at(0), value: 10 },
  { time: at(60), value: NaN },
  { time: at(60), value: 20 },
  { time: new Date(NaN), value: 5 },
];

describe("toSamples", () => {
  test("drops non-finite values and times, sorts by time", () => {
    expect(toSamples(points).map((sample) => sample.v)).toEqual([10, 20, 30]);
  });
  test.each([
    { name: "until", options: { until: at(60) }, values: [10, 20] },
    { name: "window before the last point", options: { windowSeconds: 60 }, values: [20, 30] },
    { name: "window before until", options: { until: at(60), windowSeconds: 30 }, values: [20] },
  ])("$name", ({ options, values }) => {
    expect(toSamples(points, options).map((sample) => sample.v)).toEqual(values);
  });
});

describe("valueAt", () => {
  const samples = toSamples(points);
  test.each([
    { seconds: 0, expected: 10 },
    { seconds: 30, expected: 15 },
    { seconds: 90, expected: 25 },
    { seconds: 120, expected: 30 },
    { seconds: -1, expected: null },
    { seconds: 121, expected: null },
  ])("at $seconds s -> $expected (never extrapolated)", ({ seconds, expected }) => {
    expect(valueAt(samples, at(seconds).getTime() / 1000)).toBe(expected);
  });
});
