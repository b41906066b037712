// Seeded randomness and series builders for the prediction tests: every run sees the same data.
import type { Point } from "../../../lib/analytics/types.ts";

/** mulberry32: a tiny 32-bit PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Standard normal draws (Box-Muller). */
export function gaussian(seed: number): () => number {
  const uniform = mulberry32(seed);
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
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
