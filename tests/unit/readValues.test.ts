import { describe, expect, test } from "vitest";
import { readBigInt, readCount, readGauge, readTimestamp } from "../../lib/collector/readValues.ts";

describe("readGauge", () => {
  test.each([
    { value: 12.5, expected: 12.5, warns: false },
    { value: 0, expected: 0, warns: false },
    { value: undefined, expected: null, warns: false },
    { value: null, expected: null, warns: false },
    { value: -1, expected: null, warns: true },
    { value: Number.NaN, expected: null, warns: true },
    { value: 1e308, expected: null, warns: true },
    { value: "12", expected: null, warns: true },
    { value: "x".repeat(10_000_000), expected: null, warns: true },
    { value: { nested: 1 }, expected: null, warns: true },
  ])("$value -> $expected", ({ value, expected, warns }) => {
    const warnings: string[] = [];
    expect(readGauge({ tps: value }, "tps", "stats", warnings)).toBe(expected);
    expect(warnings.length > 0).toBe(warns);
    expect(warnings.join("").length).toBeLessThan(200);
  });
});

describe("readCount", () => {
  test.each([
    { value: 3, expected: 3 },
    { value: 2.5, expected: null },
    { value: -2, expected: null },
    { value: true, expected: null },
  ])("$value -> $expected", ({ value, expected }) => {
    expect(readCount({ n: value }, "n", "stats", [])).toBe(expected);
  });
});

describe("readBigInt", () => {
  test.each([
    { value: 1234, expected: 1234n },
    { value: "115792089237316195423570985008687907853269984665640564039457584007913129639935", expected: null },
    { value: "9007199254740993", expected: 9007199254740993n },
    { value: -5, expected: null },
    { value: 1.5, expected: null },
    { value: "12abc", expected: null },
    { value: 2 ** 60, expected: null }, // beyond exact doubles: not trusted
  ])("$value -> $expected", ({ value, expected }) => {
    expect(readBigInt({ h: value }, "h", "head", [])).toBe(expected);
  });

  test("gas prices up to 2^256 - 1 are kept exactly", () => {
    const max = (2n ** 256n - 1n).toString();
    expect(readBigInt({ g: max }, "g", "stats", [], 2n ** 256n - 1n)).toBe(2n ** 256n - 1n);
  });
});

describe("readTimestamp", () => {
  test.each([
    { value: 1_700_000_000, expected: new Date(1_700_000_000_000) },
    { value: "2026-01-01T00:00:00Z", expected: new Date("2026-01-01T00:00:00Z") },
    { value: 5, expected: null },
    { value: "yesterday", expected: null },
    { value: 4_000_000_000, expected: null },
  ])("$value", ({ value, expected }) => {
    expect(readTimestamp({ t: value }, "t", "head", [])).toEqual(expected);
  });
});
