import { afterAll, beforeAll, describe, expect, test } from "vitest";

// Reads are open in this file; access itself is tested in access.test.ts.
process.env.CHAINPULSE_PUBLIC_READ = "true";
import { GET as overview } from "../../app/api/v1/overview/route.ts";
import { overviewSchema, type OverviewDto } from "../../lib/api/schemas/responses/overview.ts";
import { emptyMetrics } from "../../lib/collector/metrics.ts";
import { insertSamples, type SampleRow } from "../../lib/db/queries/collection/insertSamples.ts";
import { getChainSparklines } from "../../lib/db/queries/metrics/getChainSparklines.ts";
import { overviewData } from "../../lib/evaluation/overviewData.ts";
import { useDatabaseForRoutes } from "../helpers/routeDatabase.ts";
import { BACKENDS, createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

const MINUTE = 60_000;
// Half a minute into the previous minute: in the past, and "now - 25 s" and "now - 5 s" share the newest bucket.
const NOW = new Date(Math.floor(Date.now() / MINUTE) * MINUTE - 30_000);
const ago = (ms: number) => new Date(NOW.getTime() - ms);

async function getOverview(): Promise<OverviewDto> {
  const response = await overview(new Request("http://localhost/api/v1/overview"), {
    params: Promise.resolve({}),
  });
  expect(response.status).toBe(200);
  const json = (await response.json()) as unknown;
  expect(overviewSchema.parse(json)).toEqual(json);
  return json as OverviewDto;
}

describe.each(BACKENDS)("overview on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    useDatabaseForRoutes(db);
  });
  afterAll(async () => {
    await db.destroy();
  });

  test("an empty system has no chains and zero counts, never invented ones", async () => {
    const body = await getOverview();
    expect(body.chains).toEqual([]);
    expect(body.analysis).toMatchObject({ totalChains: 0, activeChains: 0, comparison: [], ranking: [] });
    expect(body.analysis.alerts).toEqual({ total: 0, critical: 0, warning: 0, info: 0 });
    expect(body.analysis.resources.memoryUsageMb).toEqual({ total: null, reporting: 0 });
    expect(await getChainSparklines(db.prisma, NOW)).toEqual(new Map());
  });

  test("two chains: per-bucket median across nodes, null for unreported TPS, health and alert counts", async () => {
    const node = (name: string, status: "up" | "down" = "up") =>
      db.prisma.node.create({ data: { name, url: "http://127.0.0.1:1", protocol: "evm", status } });
    const [n1, n2, n3, n4] = await Promise.all([node("n1"), node("n2"), node("n3", "down"), node("n4")]);
    await db.prisma.chain.create({ data: { id: "alpha", name: "Alpha", type: "evm" } });
    await db.prisma.chain.create({ data: { id: "beta", name: "Beta", type: "bitcoin" } });
    await db.prisma.nodeChain.createMany({
      data: [
        { nodeId: n1.id, chainId: "alpha" },
        { nodeId: n2.id, chainId: "alpha" },
        { nodeId: n3.id, chainId: "alpha" },
        { nodeId: n4.id, chainId: "beta" },
      ],
    });
    const sample = (chainId: string, nodeId: string, time: Date, tps: number | null): SampleRow => ({
      ...emptyMetrics(),
      chainId,
      nodeId,
      time,
      tps,
      memoryUsageMb: chainId === "alpha" ? 500 : null,
    });
    await insertSamples(db.prisma, [
      // Newest bucket: n1 averages 10 over two samples, n2 reports 30, n3 reports no TPS: the median
      // of 10 and 30 is 20 (the raw samples would average 16.7; n3 counted as 0 would give 10).
      sample("alpha", n1.id, ago(25_000), 8),
      sample("alpha", n1.id, ago(20_000), 12),
      sample("alpha", n3.id, ago(15_000), null),
      sample("alpha", n2.id, ago(5_000), 30),
      // Ten minutes back: three nodes, 1, 2 and 100 -> median 2, not the mean 34.3.
      sample("alpha", n1.id, ago(10 * MINUTE), 1),
      sample("alpha", n2.id, ago(10 * MINUTE), 2),
      sample("alpha", n3.id, ago(10 * MINUTE), 100),
      // Older than the hour: not in the line.
      sample("alpha", n1.id, ago(2 * 3_600_000), 999),
      // Beta's only node reports no TPS: its points are null, never 0.
      sample("beta", n4.id, ago(20_000), null),
      sample("beta", n4.id, ago(30 * MINUTE), null),
    ]);
    await db.prisma.healthScore.createMany({
      data: [
        { chainId: "alpha", time: ago(5 * MINUTE), score: 35, healthClass: "poor", breakdown: [] },
        { chainId: "alpha", time: ago(MINUTE), score: 83, healthClass: "excellent", breakdown: [] },
      ],
    });
    const rule = await db.prisma.alertRule.create({
      data: { name: "overview_test", metric: "tps", comparison: "lt", threshold: 1, severity: "warning" },
    });
    const alerts: [string, "firing" | "pending" | "resolved", "critical" | "warning" | "info"][] = [
      ["alpha", "firing", "critical"],
      ["alpha", "firing", "warning"],
      ["alpha", "firing", "warning"],
      ["alpha", "pending", "info"],
      ["alpha", "resolved", "critical"],
      ["beta", "firing", "info"],
    ];
    for (const [i, [chainId, state, severity]] of alerts.entries()) {
      await db.prisma.alert.create({
        data: {
          ruleId: rule.id,
          chainId,
          state,
          severity,
          message: `test ${i}`,
          startedAt: ago(MINUTE),
          lastEvaluatedAt: NOW,
          openKey: state === "resolved" ? null : `${rule.id}:${chainId}:${i}`,
        },
      });
    }

    const data = await overviewData(db.prisma, NOW);
    expect(data.generatedAt).toBe(NOW.toISOString());
    const [alpha, beta] = data.chains;
    expect(data.chains.map((c) => c.id)).toEqual(["alpha", "beta"]);

    const lastBucket = new Date(Math.floor(NOW.getTime() / MINUTE) * MINUTE).toISOString();
    const tenMinutesBack = new Date(Math.floor(ago(10 * MINUTE).getTime() / MINUTE) * MINUTE).toISOString();
    expect(alpha!.tpsSparkline).toHaveLength(60);
    expect(alpha!.tpsSparkline.at(-1)).toEqual({ t: lastBucket, v: 20 });
    expect(alpha!.tpsSparkline.find((p) => p.t === tenMinutesBack)).toEqual({ t: tenMinutesBack, v: 2 });
    // Buckets without a sample are unknown, not 0; nothing older than the hour shows up.
    expect(alpha!.tpsSparkline.filter((p) => p.v !== null)).toHaveLength(2);
    expect(beta!.tpsSparkline).toHaveLength(60);
    expect(beta!.tpsSparkline.every((p) => p.v === null)).toBe(true);

    expect(alpha).toMatchObject({
      name: "Alpha",
      type: "evm",
      nodeCount: 3,
      nodesUp: 2,
      collectionIntervalSeconds: 15,
      latest: { nodeId: n2.id, tps: 30 },
      health: { score: 83, healthClass: "excellent" },
      openAlerts: { critical: 1, warning: 2, info: 0, total: 3, pending: 1 },
    });
    expect(beta).toMatchObject({
      nodeCount: 1,
      nodesUp: 1,
      latest: { tps: null },
      health: null,
      openAlerts: { critical: 0, warning: 0, info: 1, total: 1, pending: 0 },
    });
    // The analysis is crossChainAnalysis's own: totals over firing alerts, health ranks.
    expect(data.analysis).toMatchObject({
      totalChains: 2,
      ranking: ["alpha", "beta"],
      alerts: { total: 4, critical: 1, warning: 2, info: 1 },
      resources: { memoryUsageMb: { total: 500, reporting: 1 } },
    });

    // Only the chains asked for.
    expect([...(await getChainSparklines(db.prisma, NOW, ["beta"])).keys()]).toEqual(["beta"]);
    expect(await getChainSparklines(db.prisma, NOW, [])).toEqual(new Map());

    // The route answers the same data, valid against its schema.
    const body = await getOverview();
    expect(body.chains.map((c) => c.openAlerts.total)).toEqual([3, 1]);
  });
});
