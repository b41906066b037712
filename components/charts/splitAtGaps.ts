/**
 * Splits a time series where it has no data: a gap longer than `maxGapMs`, or a point whose value is
 * unknown. Each run is drawn as its own line, so an outage shows as a break, never as a straight bridge.
 */
export function splitAtGaps<P extends { t: number; v: number | null }>(points: P[], maxGapMs: number): P[][] {
  const runs: P[][] = [];
  let run: P[] = [];
  for (const point of points) {
    const last = run.at(-1);
    if (point.v === null || (last && point.t - last.t > maxGapMs)) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (point.v !== null) run.push(point);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The longest pause that still counts as continuous data: a few collection intervals or chart steps. */
export function maxGapMs(stepSeconds: number, intervalSeconds: number): number {
  return 3 * Math.max(stepSeconds, intervalSeconds) * 1000;
}
