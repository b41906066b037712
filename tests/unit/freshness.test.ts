import { describe, expect, test } from "vitest";
import { freshness } from "../../components/live/freshness.ts";

describe("freshness: stale after two collection intervals", () => {
  const now = Date.parse("2026-11-30T12:00:00Z");
  test.each([
    { last: "2026-11-30T11:59:31Z", interval: 15, stale: false, age: 29 },
    { last: "2026-11-30T11:59:30Z", interval: 15, stale: false, age: 30 },
    { last: "2026-11-30T11:59:29Z", interval: 15, stale: true, age: 31 },
    { last: "2026-11-30T11:00:00Z", interval: null, stale: false, age: 3600 },
  ])("last $last, interval $interval", ({ last, interval, stale, age }) => {
    expect(freshness(last, interval, now)).toEqual({ ageSeconds: age, stale });
  });

  test("no sample is unknown, not stale", () => {
    expect(freshness(null, 15, now)).toEqual({ ageSeconds: null, stale: false });
  });

  test("a clock slightly behind the server never gives a negative age", () => {
    expect(freshness("2026-11-30T12:00:05Z", 15, now).ageSeconds).toBe(0);
  });
});
