import { describe, expect, test } from "vitest";
import { viewToCsv, viewToJson, type ShownView } from "../../components/chain/exportView.ts";

const A = "00000000-0000-4000-8000-00000000000a";
const view: ShownView = {
  chainId: "c",
  from: "2026-11-30T12:00:00.000Z",
  to: "2026-11-30T13:00:00.000Z",
  series: [
    {
      chainId: "c",
      metric: "tps",
      from: "2026-11-30T12:00:00.000Z",
      to: "2026-11-30T13:00:00.000Z",
      stepSeconds: 4,
      series: [
        {
          nodeId: A,
          nodeName: 'eu, "main"',
          points: [
            { t: "2026-11-30T12:00:04.000Z", v: 1.5 },
            { t: "2026-11-30T12:00:08.000Z", v: null },
          ],
        },
      ],
    },
  ],
  health: [{ t: "2026-11-30T12:00:00.000Z", score: 81.5, breakdown: [] }],
};

describe("download of what the chain page shows", () => {
  test("CSV has one row per point, quotes what needs quoting, and leaves unknown empty", () => {
    expect(viewToCsv(view).split("\r\n")).toEqual([
      "metric,node_id,node_name,time,value",
      `tps,${A},"eu, ""main""",2026-11-30T12:00:04.000Z,1.5`,
      `tps,${A},"eu, ""main""",2026-11-30T12:00:08.000Z,`,
      "health,,,2026-11-30T12:00:00.000Z,81.5",
      "",
    ]);
  });

  test("a name that a spreadsheet would run as a formula is written as text; negative numbers stay numbers", () => {
    const evil = structuredClone(view);
    evil.series[0]!.series[0]!.nodeName = "=HYPERLINK(1)";
    evil.series[0]!.series[0]!.points = [{ t: "2026-11-30T12:00:04.000Z", v: -2 }];
    expect(viewToCsv(evil)).toContain(`tps,${A},'=HYPERLINK(1),2026-11-30T12:00:04.000Z,-2`);
  });

  test("JSON keeps the API's shapes, per metric", () => {
    const json = JSON.parse(viewToJson(view));
    expect(json.metrics.tps.series[0].points).toHaveLength(2);
    expect(json.health[0].score).toBe(81.5);
    expect(json.from).toBe(view.from);
  });
});
