import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CHART_METRICS, MAX_POINTS, type ChartMetric } from "../../lib/api/schemas/metrics.ts";
import { emptyMetrics } from "../../lib/collector/metrics.ts";
import { insertSamples } from "../../lib/db/queries/collection/insertSamples.ts";
import { getMetricSeries, getMetricSeriesMany } from "../../lib/db/queries/metrics/getMetricSeries.ts";
import { BACKENDS, createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

describe.each(BACKENDS)("metric series for charts on %s", (backend) => {
  let db: TestDatabase;
  const from = new Date("2026-10-31T00:00:00Z");
  const to = new Date("2026-11-30T00:00:00Z");

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await db.prisma.chain.create({ data: { id: "c", name: "c" } });
    const nodes = await Promise.all(
      ["b-node", "a-node"].map((name) =>
        db.prisma.node.create({ data: { name, url: "http://127.0.0.1:1", protocol: "aitbc" } }),
      ),
    );
    // 30 days, a sample every 10 minutes per node; node a never reports memory.
    const rows = nodes.flatMap((node, n) =>
      Array.from({ length: 30 * 144 }, (_, i) => ({
        ...emptyMetrics(),
        chainId: "c",
        nodeId: node.id,
        time: new Date(from.getTime() + i * 600_000),
        blockHeight: BigInt(1000 + i),
        tps: n + (i % 7),
        memoryUsageMb: node.name === "a-node" ? null : 500 + i,
        gasPrice: BigInt(20e9) + BigInt(i),
      })),
    );
    await insertSamples(db.prisma, rows);
  });
  afterAll(async () => {
    await db.destroy();
  });

  test("one pass over several metrics gives exactly what one query per metric gives", async () => {
    const metrics = Object.keys(CHART_METRICS) as ChartMetric[];
    const together = await getMetricSeriesMany(db.prisma, "c", metrics, { from, to });
    for (const [index, metric] of metrics.entries()) {
      expect(together[index], metric).toEqual(await getMetricSeries(db.prisma, "c", { metric, from, to }));
    }
  });

  test("a 30-day chart has at most MAX_POINTS per node, nodes apart and in name order; unknown stays null", async () => {
    const memory = await getMetricSeries(db.prisma, "c", { metric: "memoryUsageMb", from, to });
    expect(memory.series.map((s) => s.nodeName)).toEqual(["a-node", "b-node"]);
    for (const series of memory.series) {
      expect(series.points.length).toBeLessThanOrEqual(MAX_POINTS);
      expect(series.points.length).toBeGreaterThan(MAX_POINTS / 2);
    }
    expect(memory.series[0]!.points.every((p) => p.v === null)).toBe(true);
    expect(memory.series[1]!.points.every((p) => typeof p.v === "number")).toBe(true);
    const height = await getMetricSeries(db.prisma, "c", { metric: "blockHeight", from, to });
    // Height is the highest in each bucket, not an average.
    expect(height.series[0]!.points.at(-1)!.v).toBe(1000 + 30 * 144 - 1);
  });

  test("no metrics asked, no query", async () => {
    expect(await getMetricSeriesMany(db.prisma, "c", [], { from, to })).toEqual([]);
  });
});
