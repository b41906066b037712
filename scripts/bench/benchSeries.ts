// What the benchmark scores: one metric's points and the horizon it is predicted at.
import type { Point } from "../../lib/analytics/types.ts";

export interface BenchSeries {
  name: string;
  points: Point[];
  horizonSeconds: number;
  nonNegative: boolean;
}

/** Fixed start time, so generated series do not depend on when the benchmark runs. */
export const START = Date.UTC(2026, 0, 1);

/** Samples signal(seconds since start) at the given offsets (seconds) as points. */
export function sampleAt(offsets: readonly number[], signal: (seconds: number) => number): Point[] {
  return offsets.map((seconds) => ({ time: new Date(START + seconds * 1000), value: signal(seconds) }));
}

/** Offsets every stepSeconds over spanSeconds (both ends included). */
export function everyStep(spanSeconds: number, stepSeconds: number): number[] {
  return Array.from({ length: Math.floor(spanSeconds / stepSeconds) + 1 }, (_, index) => index * stepSeconds);
}

/** Offsets with exponentially distributed gaps of the given mean: irregular sampling. */
export function irregular(spanSeconds: number, meanGapSeconds: number, uniform: () => number): number[] {
  const offsets: number[] = [];
  for (let seconds = 0; seconds <= spanSeconds; seconds += -Math.log(1 - uniform()) * meanGapSeconds) {
    offsets.push(seconds);
  }
  return offsets;
}
