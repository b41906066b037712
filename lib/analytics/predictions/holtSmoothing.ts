// One pass of Holt's linear smoothing over irregularly spaced samples, in continuous time, and
// the errors it would have made.
import type { Sample } from "./series.ts";

/** Level and trend (per second) right after a sample was taken in. */
export interface HoltState {
  t: number;
  level: number;
  trend: number;
}

export interface HoltParameters {
  /** Seconds: after a gap dt the level takes in alpha = 1 - exp(-dt / levelTau) of the error. */
  levelTau: number;
  /** Seconds: the trend moves beta = 1 - exp(-dt / trendTau) of the way to the level's slope. */
  trendTau: number;
  /** Start values at the first sample. */
  level: number;
  trend: number;
}

/**
 * Smooths with time constants instead of per-sample weights, so the result depends on elapsed
 * time rather than on how often the metric was sampled. The trend update is the level's change
 * divided by the gap, so unequal gaps give the same slope. Returns the state after each sample.
 */
export function holtPass(samples: readonly Sample[], { levelTau, trendTau, level, trend }: HoltParameters) {
  const states: HoltState[] = [{ t: samples[0]!.t, level, trend }];
  for (let index = 1; index < samples.length; index++) {
    const { t, v } = samples[index]!;
    const dt = t - samples[index - 1]!.t;
    // A second sample at the same time carries no elapsed time to learn from: alpha = beta = 0.
    if (dt > 0) {
      const predicted = level + trend * dt;
      const nextLevel = predicted + (1 - Math.exp(-dt / levelTau)) * (v - predicted);
      trend += (1 - Math.exp(-dt / trendTau)) * ((nextLevel - level) / dt - trend);
      level = nextLevel;
    }
    states.push({ t, level, trend });
  }
  return states;
}

/**
 * Mean squared error of forecasts from each state from `from` on, either to the next sample
 * (lookahead null: one step ahead) or to the value interpolated `lookahead` seconds later.
 * Weighted by the gap to the next sample, so a stretch of time counts the same however densely
 * it was sampled. NaN when no forecast can be checked.
 */
export function holtError(
  samples: readonly Sample[],
  states: readonly HoltState[],
  lookahead: number | null,
  from: number,
): number {
  const end = samples.at(-1)!.t;
  let squaredErrors = 0;
  let weight = 0;
  let next = 1;
  for (let index = 0; index < states.length - 1; index++) {
    const state = states[index]!;
    const gap = samples[index + 1]!.t - state.t;
    if (state.t < from || !(gap > 0)) continue;
    const ahead = lookahead ?? gap;
    const target = state.t + ahead;
    if (target > end) break;
    // Targets only move forward, so the sample pair around them is found by walking, not searching.
    while (samples[next]!.t < target) next++;
    const after = samples[next]!;
    const before = samples[next - 1]!;
    const actual =
      after.t === target ? after.v : before.v + ((after.v - before.v) * (target - before.t)) / (after.t - before.t);
    squaredErrors += (actual - state.level - state.trend * ahead) ** 2 * gap;
    weight += gap;
  }
  return weight > 0 ? squaredErrors / weight : NaN;
}
