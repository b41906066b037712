import { describe, expect, test } from "vitest";
import { fitHolt, forecastHolt, holtForecaster } from "../../../lib/analytics/predictions/holt.ts";
import { leastSquaresForecaster } from "../../../lib/analytics/predictions/leastSquares.ts";
import { at, gaussian, mulberry32, sampled } from "./seeded.ts";

const HOUR = 3600;

describe("fitHolt", () => {
  test.each([
    { name: "every 60 s", step: 60 },
    { name: "every 5 s", step: 5 },
  ])("follows an exact line sampled $name", ({ step }) => {
    const fit = fitHolt(sampled(2 * HOUR, step, (s) => 300 + s / 20))!;
    expect(fit.trend).toBeCloseTo(1 / 20, 6);
    expect(forecastHolt(fit, at(3 * HOUR)).value).toBeCloseTo(300 + (3 * HOUR) / 20, 3);
  });

  test("unequal gaps give the same trend: the update is divided by the gap", () => {
    const uniform = mulberry32(3);
    const times = [0];
    while (times.at(-1)! < 4 * HOUR) times.push(times.at(-1)! + 10 + uniform() * 600);
    const points = times.map((s) => ({ time: at(s), value: 10 + s / 100 }));
    const fit = fitHolt(points)!;
    expect(fit.trend).toBeCloseTo(1 / 100, 6);
  });

  test.each([
    { name: "no points", points: [] },
    { name: "two points", points: [0, 60].map((s) => ({ time: at(s), value: s })) },
    { name: "no time span", points: [1, 2, 3].map((value) => ({ time: at(0), value })) },
  ])("$name -> null", ({ points }) => {
    expect(fitHolt(points)).toBeNull();
  });

  test("reports time constants within the fitted span", () => {
    const noise = gaussian(5);
    const fit = fitHolt(sampled(HOUR, 30, (s) => 5 + s / 600 + noise()))!;
    expect(fit.levelTimeConstant).toBeGreaterThan(0);
    expect(fit.levelTimeConstant).toBeLessThanOrEqual(HOUR);
    expect(fit.trendTimeConstant).toBeGreaterThan(0);
    expect(fit.oneStepRmse).toBeGreaterThan(0.5);
    expect(fit.oneStepRmse).toBeLessThan(2);
  });
});

describe("Holt follows a trend change faster than least squares over a long window", () => {
  // Flat for 10 h, then rising 20 an hour for the last hour; predicted an hour on.
  const noise = gaussian(11);
  const signal = (s: number) => 100 + Math.max(0, s - 10 * HOUR) * (20 / HOUR);
  const points = sampled(11 * HOUR, 60, (s) => signal(s) + noise());
  const target = at(12 * HOUR);
  const truth = signal(12 * HOUR);

  test.each([
    { name: "fitHolt + forecastHolt", holt: () => forecastHolt(fitHolt(points)!, target).value },
    { name: "holtForecaster", holt: () => holtForecaster()(points, target)!.value },
  ])("$name", ({ holt }) => {
    const leastSquares = leastSquaresForecaster()(points, target)!.value;
    expect(Math.abs(holt() - truth)).toBeLessThan(Math.abs(leastSquares - truth) / 3);
  });
});

describe("Holt's interval", () => {
  test("contains about 80 % of outcomes of a noisy trend", () => {
    const noise = gaussian(77);
    const trials = 300;
    let inside = 0;
    for (let trial = 0; trial < trials; trial++) {
      const line = (s: number) => 200 - s / 100;
      const forecast = holtForecaster()(
        sampled(2 * HOUR, 60, (s) => line(s) + 2 * noise()),
        at(2.5 * HOUR),
      )!;
      const truth = line(2.5 * HOUR) + 2 * noise();
      if (forecast.lower! <= truth && truth <= forecast.upper!) inside++;
    }
    expect(inside / trials).toBeGreaterThan(0.72);
    expect(inside / trials).toBeLessThan(0.92);
  });

  test("widens with the horizon", () => {
    const noise = gaussian(8);
    const fit = fitHolt(sampled(2 * HOUR, 60, (s) => 50 + s / 300 + noise()))!;
    const width = (hours: number) => {
      const { lower, upper } = forecastHolt(fit, at((2 + hours) * HOUR));
      return upper! - lower!;
    };
    expect(width(0.25)).toBeLessThan(width(1));
    expect(width(1)).toBeLessThan(width(4));
  });
});
