import { describe, expect, test } from "vitest";
import { formatAge, formatGasPrice, formatGwei, formatNumber } from "../../components/format.ts";

describe("format helpers show unknown as a dash, never 0", () => {
  test.each([
    { value: null, expected: "—" },
    { value: undefined, expected: "—" },
    { value: 0, expected: "0" },
    { value: 1234.567, expected: "1,234.57" },
  ])("formatNumber($value)", ({ value, expected }) => {
    expect(formatNumber(value)).toBe(expected);
  });

  test.each([
    { wei: null, expected: "—" },
    { wei: "20000000000", expected: "20 gwei" },
    { wei: "1500000", expected: "0.0015 gwei" },
    {
      wei: "115792089237316195423570985008687907853269984665640564039457584007913129639935",
      expected: expect.stringContaining("gwei"),
    },
  ])("formatGwei($wei)", ({ wei, expected }) => {
    expect(formatGwei(wei)).toEqual(expected);
  });

  test.each([
    { value: "1000", type: "bitcoin", expected: "1 sat/vB" },
    { value: "20000000000", type: "evm", expected: "20 gwei" },
    { value: null, type: "bitcoin", expected: "—" },
  ])("formatGasPrice($value, $type)", ({ value, type, expected }) => {
    expect(formatGasPrice(value, type)).toBe(expected);
  });

  test("formatAge", () => {
    const now = Date.parse("2026-01-01T01:00:00Z");
    expect(formatAge(null, now)).toBe("never");
    expect(formatAge("2026-01-01T00:59:30Z", now)).toBe("30s ago");
    expect(formatAge("2026-01-01T00:00:00Z", now)).toBe("1h ago");
  });
});
