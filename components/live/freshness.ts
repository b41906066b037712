// Whether a view's data still describes the present: older than two collection intervals is stale.
export const STALE_AFTER_INTERVALS = 2;

export interface Freshness {
  ageSeconds: number | null;
  stale: boolean;
}

/** No sample at all is not stale but unknown (ageSeconds null); without a known interval nothing is marked stale. */
export function freshness(
  lastSampleAt: string | null | undefined,
  intervalSeconds: number | null,
  now: number,
): Freshness {
  if (!lastSampleAt) return { ageSeconds: null, stale: false };
  const ageSeconds = Math.max(0, (now - Date.parse(lastSampleAt)) / 1000);
  return { ageSeconds, stale: intervalSeconds !== null && ageSeconds > STALE_AFTER_INTERVALS * intervalSeconds };
}
