import { describe, expect, test } from "vitest";
import { bandKey, chartRows, forecastKey, valueKey } from "../../components/charts/chartRows.ts";
import type { MetricSeries } from "../../lib/api/schemas/metrics.ts";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 12, minute)).toISOString();
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

describe("chart rows: one column per node, forecasts growing out of the last sample", () => {
  test("nodes are never merged; unknown stays null; values are scaled for display", () => {
    const rows = chartRows(data, [], 1e9);
    expect(rows).toEqual([
      { t: Date.parse(at(1)), [valueKey(A)]: 2 },
      { t: Date.parse(at(2)), [valueKey(A)]: 4, [valueKey(B)]: null },
      { t: Date.parse(at(3)), [valueKey(B)]: 6 },
    ]);
  });

  test("a forecast draws from the node's last known sample to its target, with its band", () => {
    const rows = chartRows(data, [{ nodeId: A, targetTime: at(30), value: 8e9, lower: 6e9, upper: 10e9 }], 1e9);
    const anchor = rows.find((r) => r.t === Date.parse(at(2)))!;
    expect(anchor[forecastKey(A)]).toBe(4);
    expect(anchor[bandKey(A)]).toEqual([4, 4]);
    const end = rows.at(-1)!;
    expect(end).toEqual({ t: Date.parse(at(30)), [forecastKey(A)]: 8, [bandKey(A)]: [6, 10] });
    expect(rows.some((r) => forecastKey(B) in r)).toBe(false);
  });

  test("a forecast whose target is not after the last sample, or of a node without samples, is not drawn", () => {
    const stale = chartRows(data, [{ nodeId: A, targetTime: at(1), value: 1, lower: 0, upper: 2 }]);
    expect(stale.some((r) => forecastKey(A) in r)).toBe(false);
    const unknown = chartRows(data, [
      { nodeId: "00000000-0000-4000-8000-00000000000c", targetTime: at(30), value: 1, lower: 0, upper: 2 },
    ]);
    expect(unknown).toHaveLength(3);
  });
});
