import { describe, expect, test } from "vitest";
import { CHAIN_CHARTS, chainViewQuery, parseChainView, viewWindow } from "../../components/chain/chainView.ts";

describe("the chain page's view lives in its URL", () => {
  test("no parameters: the last hour, every chart", () => {
    expect(parseChainView({})).toEqual({ range: "1h", charts: [...CHAIN_CHARTS], problem: null });
    expect(chainViewQuery(parseChainView({}))).toBe("?range=1h");
  });

  test("a preset range and a metric choice survive a round trip through the query string", () => {
    const view = parseChainView({ range: "7d", metrics: "gasPrice,tps,health" });
    expect(view).toMatchObject({ range: "7d", charts: ["tps", "gasPrice", "health"] });
    const query = chainViewQuery(view);
    expect(query).toBe("?range=7d&metrics=tps%2CgasPrice%2Chealth");
    expect(parseChainView(Object.fromEntries(new URLSearchParams(query)))).toEqual(view);
  });

  test("a custom range round-trips and is fixed in time", () => {
    const view = parseChainView({ range: "custom", from: "2026-11-30T10:00:00Z", to: "2026-11-30T10:30:00Z" });
    expect(view).toMatchObject({ range: "custom", from: new Date("2026-11-30T10:00:00Z") });
    expect(parseChainView(Object.fromEntries(new URLSearchParams(chainViewQuery(view))))).toEqual(view);
    expect(viewWindow(view, Date.now())).toEqual({
      from: new Date("2026-11-30T10:00:00Z"),
      to: new Date("2026-11-30T10:30:00Z"),
      live: false,
    });
  });

  test("a preset range slides with the clock", () => {
    const now = Date.parse("2026-11-30T12:00:00Z");
    expect(viewWindow(parseChainView({ range: "15m" }), now)).toEqual({
      from: new Date("2026-11-30T11:45:00Z"),
      to: new Date(now),
      live: true,
    });
  });

  test.each([
    [{ range: "2y" }, /Unknown range/],
    [{ range: "constructor" }, /Unknown range/],
    [{ range: "__proto__" }, /Unknown range/],
    [{ range: "toString" }, /Unknown range/],
    [{ range: "custom", from: "2026-11-30T10:00", to: "2026-11-30T10:30" }, /time zone/],
    [{ range: "custom", from: "yesterday", to: "2026-11-30T10:00:00Z" }, /time zone/],
    [{ range: "custom", from: "2026-11-30T11:00:00Z", to: "2026-11-30T10:00:00Z" }, /start before it ends/],
    [{ range: "custom", from: "2020-01-01T00:00:00Z", to: "2026-11-30T10:00:00Z" }, /at most 400 days/],
  ])("an unreadable view %j falls back to the last hour and says why", (params, problem) => {
    const view = parseChainView(params);
    expect(view.range).toBe("1h");
    expect(view.problem).toMatch(problem);
  });

  test("unknown or empty metric lists show every chart; repeated parameters are ignored", () => {
    expect(parseChainView({ metrics: "nope" }).charts).toEqual([...CHAIN_CHARTS]);
    expect(parseChainView({ metrics: "" }).charts).toEqual([...CHAIN_CHARTS]);
    expect(parseChainView({ range: ["7d", "1h"] }).range).toBe("1h");
  });
});
