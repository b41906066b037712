// Seeded randomness and series builders for the prediction tests: every run sees the same data.
import type { Point } from "../../../lib/analytics/types.ts";
import { mulberry32, normal } from "../../../scripts/simulator/seededRandom.ts";

export { mulberry32 };

/** Standard normal draws (Box-Muller). */
export function gaussian(seed: number): () => number {
  return normal(mulberry32(seed));
}

export const START = Date.UTC(2026, 0, 1);
export const at = (seconds: number) => new Date(START + seconds * 1000);

/** signal(seconds since START) every stepSeconds from 0 through spanSeconds. */
export function sampled(spanSeconds: number, stepSeconds: number, signal: (seconds: number) => number): Point[] {
  const points: Point[] = [];
  for (let seconds = 0; seconds <= spanSeconds; seconds += stepSeconds) {
    points.push({ time: at(seconds), value: signal(seconds) });
  }
  return points;
}
