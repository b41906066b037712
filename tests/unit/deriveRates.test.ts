import { describe, expect, test } from "vitest";
import { deriveRates } from "../../lib/collector/deriveRates.ts";

const head = (height: number, seconds: number | null, txCount: number | null = 10) => ({
  height: BigInt(height),
  timestamp: seconds === null ? null : new Date(seconds * 1000),
  txCount,
});

describe("deriveRates", () => {
  test.each([
    {
      name: "one new block",
      previous: head(100, 1000),
      current: head(101, 1002, 10),
      expected: { avgBlockTime: 2, tps: 5 },
    },
    {
      name: "several blocks",
      previous: head(100, 1000),
      current: head(110, 1050, 30),
      expected: { avgBlockTime: 5, tps: 6 },
    },
    {
      name: "no previous head",
      previous: undefined,
      current: head(110, 1050),
      expected: { avgBlockTime: null, tps: null },
    },
    {
      name: "no new block",
      previous: head(110, 1050),
      current: head(110, 1050),
      expected: { avgBlockTime: null, tps: null },
    },
    {
      name: "height went back (reorg or reset)",
      previous: head(110, 1050),
      current: head(105, 1060),
      expected: { avgBlockTime: null, tps: null },
    },
    {
      name: "missing timestamp",
      previous: head(100, null),
      current: head(101, 1002),
      expected: { avgBlockTime: null, tps: null },
    },
    {
      name: "unknown tx count",
      previous: head(100, 1000),
      current: head(102, 1004, null),
      expected: { avgBlockTime: 2, tps: null },
    },
  ])("$name", ({ previous, current, expected }) => {
    expect(deriveRates(previous, current)).toEqual(expected);
  });
});
