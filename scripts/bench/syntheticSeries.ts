// Generated series covering the shapes node metrics take: trends, steps, seasonality, random
// walks, heavy noise, irregular sampling, bursts, and a metric idle at zero that starts growing.
import { type BenchSeries, everyStep, irregular, sampleAt } from "./benchSeries.ts";
import { mulberry32, normal } from "../simulator/seededRandom.ts";

const HOUR = 3600;
const DAY = 24 * HOUR;

/** A random walk's value at each offset, by time: the step's spread grows with sqrt(gap). */
function randomWalk(offsets: readonly number[], start: number, perSqrtSecond: number, drift: number, seed: number) {
  const gauss = normal(mulberry32(seed));
  let value = start;
  const values = new Map<number, number>();
  offsets.forEach((seconds, index) => {
    const gap = index === 0 ? 0 : seconds - offsets[index - 1]!;
    value += drift * gap + perSqrtSecond * Math.sqrt(gap) * gauss();
    values.set(seconds, value);
  });
  return (seconds: number) => values.get(seconds)!;
}

function noisy(seed: number, sd: number) {
  const gauss = normal(mulberry32(seed));
  return () => sd * gauss();
}

export function syntheticSeries(): BenchSeries[] {
  const minute12h = everyStep(12 * HOUR, 60);
  const fiveSeconds2h = everyStep(2 * HOUR, 5);
  const fiveMinutes3d = everyStep(3 * DAY, 300);
  const series: BenchSeries[] = [];
  const add = (name: string, points: BenchSeries["points"], horizonSeconds: number, nonNegative = true) =>
    series.push({ name, points, horizonSeconds, nonNegative });

  let e = noisy(1, 2);
  add(
    "linear up, light noise (60 s)",
    sampleAt(minute12h, (s) => 200 + (s / HOUR) * 10 + e()),
    HOUR,
  );
  e = noisy(1, 2);
  add(
    "linear up, light noise (5 s)",
    sampleAt(everyStep(12 * HOUR, 5), (s) => 200 + (s / HOUR) * 10 + e()),
    HOUR,
  );
  e = noisy(2, 3);
  add(
    "linear down (60 s)",
    sampleAt(minute12h, (s) => 900 - (s / HOUR) * 40 + e()),
    HOUR,
  );
  e = noisy(3, 60);
  add(
    "linear up, heavy noise",
    sampleAt(minute12h, (s) => 500 + (s / HOUR) * 20 + e()),
    HOUR,
  );
  e = noisy(4, 5);
  add(
    "flat, heavy noise",
    sampleAt(fiveSeconds2h, () => 50 + 2 * e()),
    10 * 60,
  );
  e = noisy(5, 1);
  add(
    "step up at 75 %",
    sampleAt(minute12h, (s) => (s < 9 * HOUR ? 100 : 160) + e()),
    HOUR,
  );
  e = noisy(6, 1);
  add(
    "step down at 80 %",
    sampleAt(minute12h, (s) => (s < 9.6 * HOUR ? 300 : 180) + e()),
    HOUR,
  );
  e = noisy(7, 3);
  add(
    "daily seasonality",
    sampleAt(fiveMinutes3d, (s) => 100 + 40 * Math.sin((2 * Math.PI * s) / DAY) + e()),
    2 * HOUR,
  );
  e = noisy(8, 3);
  add(
    "daily seasonality + trend",
    sampleAt(fiveMinutes3d, (s) => 300 + (s / DAY) * 50 + 30 * Math.sin((2 * Math.PI * s) / DAY) + e()),
    2 * HOUR,
  );
  e = noisy(9, 1);
  add(
    "10 min cycle (5 s)",
    sampleAt(fiveSeconds2h, (s) => 20 + 8 * Math.sin((2 * Math.PI * s) / 600) + e()),
    120,
  );
  add("random walk", sampleAt(minute12h, randomWalk(minute12h, 1000, 0.5, 0, 10)), HOUR);
  add("random walk with drift", sampleAt(minute12h, randomWalk(minute12h, 1000, 0.5, 0.01, 11)), HOUR);
  const sparse = irregular(24 * HOUR, 15 * 60, mulberry32(12));
  e = noisy(13, 4);
  add(
    "sparse irregular, trend",
    sampleAt(sparse, (s) => 400 + (s / HOUR) * 6 + e()),
    2 * HOUR,
  );
  const withOutage = minute12h.filter((s) => s < 5 * HOUR || s > 7.5 * HOUR);
  e = noisy(14, 2);
  add(
    "trend with 2.5 h outage",
    sampleAt(withOutage, (s) => 1000 + (s / HOUR) * 15 + e()),
    HOUR,
  );
  e = noisy(15, 0.3);
  add(
    "zero, then growing",
    sampleAt(minute12h, (s) => (s < 6 * HOUR ? 0 : Math.max(0, ((s - 6 * HOUR) / HOUR) * 12 + e()))),
    HOUR,
  );
  e = noisy(16, 2);
  add(
    "flat, then rising",
    sampleAt(minute12h, (s) => 500 + Math.max(0, s - 8 * HOUR) / 60 + e()),
    HOUR,
  );
  e = noisy(17, 0.02);
  add(
    "exponential growth",
    sampleAt(minute12h, (s) => 20 * Math.exp(s / (8 * HOUR)) * (1 + e())),
    HOUR,
  );
  e = noisy(18, 0.02);
  add(
    "exponential decay",
    sampleAt(minute12h, (s) => 5 + 80 * Math.exp(-s / (4 * HOUR)) * (1 + e())),
    HOUR,
  );
  add(
    "block height (5 s)",
    sampleAt(fiveSeconds2h, (s) => 1_200_000 + Math.floor(s / 12)),
    10 * 60,
  );
  const bursts = mulberry32(19);
  add(
    "bursty TPS (Poisson)",
    sampleAt(minute12h, (s) => poisson(8 + 6 * Number(s % 5400 < 900), bursts)),
    HOUR,
  );
  e = noisy(20, 10);
  add(
    "memory sawtooth (GC)",
    sampleAt(minute12h, (s) => 2000 + ((s % (3 * HOUR)) / HOUR) * 300 + e()),
    HOUR,
  );
  e = noisy(21, 5);
  add(
    "disk fill with cleanups",
    sampleAt(fiveMinutes3d, (s) => 50_000 + (s / DAY) * 3000 - 2000 * Math.floor(s / DAY) + e()),
    6 * HOUR,
  );
  const lognormal = normal(mulberry32(22));
  add(
    "gas price, spiky",
    sampleAt(minute12h, () => 30 * Math.exp(0.4 * lognormal())),
    HOUR,
  );
  return series;
}

/** Knuth's method: fine for the small means here. */
function poisson(mean: number, uniform: () => number): number {
  const limit = Math.exp(-mean);
  let count = -1;
  for (let product = 1; product > limit; product *= uniform()) count++;
  return count;
}
