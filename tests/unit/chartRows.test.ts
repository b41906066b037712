import { describe, expect, test } from "vitest";
import { bandKey, chartRows, forecastKey, valueKey } from "../../components/charts/chartRows.ts";
import { splitAtGaps } from "../../components/charts/splitAtGaps.ts";
import type { MetricSeries } from "../../lib/api/schemas/metrics.ts";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 12, minute)).toISOString();
const GAP = 3 * 60_000;
const data: MetricSeries = {
  chainId: "c",
  metric: "gasPrice",
  from: at(0),
  to: at(10),
  stepSeconds: 60,
  series: [
    {
      nodeId: A,
      nodeName: "a",
      points: [
        { t: at(1), v: 2e9 },
        { t: at(2), v: 4e9 },
      ],
    },
    {
      nodeId: B,
      nodeName: "b",
      points: [
        { t: at(2), v: null },
        { t: at(3), v: 6e9 },
      ],
    },
  ],
};

describe("chart rows: one line per node, breaks where data is missing, forecasts from the last sample", () => {
  test("nodes are never merged; unknown is not drawn as 0; values are scaled for display", () => {
    const { rows, lines } = chartRows(data, [], { divisor: 1e9, maxGapMs: GAP });
    expect(rows).toEqual([
      { t: Date.parse(at(1)), [valueKey(A, 0)]: 2 },
      { t: Date.parse(at(2)), [valueKey(A, 0)]: 4 },
      { t: Date.parse(at(3)), [valueKey(B, 0)]: 6 },
    ]);
    expect(lines.map((l) => [l.name, l.index, l.inLegend])).toEqual([
      ["a", 0, true],
      ["b", 1, true],
    ]);
  });

  test("a node silent for longer than the gap limit is drawn as two lines, the second unnamed in the legend", () => {
    const outage: MetricSeries = {
      ...data,
      series: [{ nodeId: A, nodeName: "a", points: [1, 2, 9, 10].map((m) => ({ t: at(m), v: m })) }],
    };
    const { rows, lines } = chartRows(outage, [], { maxGapMs: GAP });
    expect(lines.map((l) => [l.key, l.inLegend])).toEqual([
      [valueKey(A, 0), true],
      [valueKey(A, 1), false],
    ]);
    expect(rows.find((r) => r.t === Date.parse(at(9)))).toEqual({ t: Date.parse(at(9)), [valueKey(A, 1)]: 9 });
  });

  test("a forecast draws from the node's last known sample to its target, with its band", () => {
    const { rows } = chartRows(data, [{ nodeId: A, targetTime: at(30), value: 8e9, lower: 6e9, upper: 10e9 }], {
      divisor: 1e9,
      maxGapMs: GAP,
    });
    const anchor = rows.find((r) => r.t === Date.parse(at(2)))!;
    expect(anchor[forecastKey(A)]).toBe(4);
    expect(anchor[bandKey(A)]).toEqual([4, 4]);
    expect(rows.at(-1)).toEqual({ t: Date.parse(at(30)), [forecastKey(A)]: 8, [bandKey(A)]: [6, 10] });
    expect(rows.some((r) => forecastKey(B) in r)).toBe(false);
  });

  test("a forecast beyond `until` is cut on its straight line, band included", () => {
    const forecast = { nodeId: A, targetTime: at(12), value: 14e9, lower: 4e9, upper: 24e9 };
    const { rows } = chartRows(data, [forecast], { divisor: 1e9, maxGapMs: GAP, until: Date.parse(at(7)) });
    // From 4 at minute 2 to 14 at minute 12: halfway (minute 7) is 9; the band from [4, 4] to [4, 24] is [4, 14].
    expect(rows.at(-1)).toEqual({ t: Date.parse(at(7)), [forecastKey(A)]: 9, [bandKey(A)]: [4, 14] });
    const whole = chartRows(data, [forecast], { divisor: 1e9, maxGapMs: GAP, until: Date.parse(at(20)) });
    expect(whole.rows.at(-1)!.t).toBe(Date.parse(at(12)));
  });

  test("a forecast whose target is not after the last sample, or of a node without samples, is not drawn", () => {
    const stale = chartRows(data, [{ nodeId: A, targetTime: at(1), value: 1, lower: 0, upper: 2 }], { maxGapMs: GAP });
    expect(stale.rows.some((r) => forecastKey(A) in r)).toBe(false);
    const unknownNode = "00000000-0000-4000-8000-00000000000c";
    const other = chartRows(data, [{ nodeId: unknownNode, targetTime: at(30), value: 1, lower: 0, upper: 2 }], {
      maxGapMs: GAP,
    });
    expect(other.rows).toHaveLength(3);
  });
});

describe("splitAtGaps", () => {
  test("splits on long pauses and on unknown values, and drops the unknown points", () => {
    const points = [
      { t: 0, v: 1 },
      { t: 10, v: 2 },
      { t: 20, v: null },
      { t: 30, v: 3 },
      { t: 100, v: 4 },
    ];
    expect(splitAtGaps(points, 15)).toEqual([[points[0], points[1]], [points[3]], [points[4]]]);
    expect(splitAtGaps([], 15)).toEqual([]);
  });
});
