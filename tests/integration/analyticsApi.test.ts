import { afterAll, beforeAll, describe, expect, test } from "vitest";

// Reads are open in this file; access itself is tested in access.test.ts.
process.env.CHAINPULSE_PUBLIC_READ = "true";
import { POST as ack } from "../../app/api/v1/alerts/[alertId]/ack/route.ts";
import { POST as silence } from "../../app/api/v1/alerts/[alertId]/silence/route.ts";
import { GET as listAlerts } from "../../app/api/v1/alerts/route.ts";
import { DELETE as deleteRule, PATCH as patchRule } from "../../app/api/v1/alert-rules/[ruleId]/route.ts";
import { GET as listRules, POST as createRule } from "../../app/api/v1/alert-rules/route.ts";
import { GET as crossChain } from "../../app/api/v1/analysis/cross-chain/route.ts";
import { GET as summary } from "../../app/api/v1/chains/[chainId]/summary/route.ts";
import { GET as dashboard } from "../../app/api/v1/dashboard/route.ts";
import { insertSamples } from "../../lib/db/queries/collection/insertSamples.ts";
import { emptyMetrics } from "../../lib/collector/metrics.ts";
import { useDatabaseForRoutes } from "../helpers/routeDatabase.ts";
import { BACKENDS, createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

const TOKEN = "analytics-api-test-token-0123456789";
process.env.CHAINPULSE_ADMIN_TOKEN = TOKEN;

const call = (method: string, path: string, body?: unknown, token: string | null = TOKEN) =>
  new Request(`http://localhost${path}`, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const json = async (response: Response) => (await response.json()) as Record<string, unknown>;

describe.each(BACKENDS)("analytics API on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    useDatabaseForRoutes(db);
  });
  afterAll(async () => {
    await db.destroy();
  });

  test("an empty system reports zeros and empty lists, never invented chains", async () => {
    const analysis = await json(await crossChain(call("GET", "/x"), params({})));
    expect(analysis).toMatchObject({ totalChains: 0, activeChains: 0, chainsByType: {}, comparison: [], ranking: [] });
    expect(analysis.alerts).toEqual({ total: 0, critical: 0, warning: 0, info: 0 });
    const board = await json(await dashboard(call("GET", "/x"), params({})));
    expect(board).toMatchObject({ chainSummaries: {}, recentAlerts: [], predictions: {}, recommendations: {} });
  });

  test("summary of ten samples with tps 15.5 + 0.1 i: avg 15.95, min 15.5, max 16.4, median 15.95, computed in SQL", async () => {
    const node = await db.prisma.node.create({ data: { name: "n", url: "http://127.0.0.1:1", protocol: "aitbc" } });
    await db.prisma.chain.create({ data: { id: "c", name: "c", type: "aitbc" } });
    const start = Date.now() - 3_600_000;
    await insertSamples(
      db.prisma,
      Array.from({ length: 10 }, (_, i) => ({
        ...emptyMetrics(),
        chainId: "c",
        nodeId: node.id,
        time: new Date(start + i * 60_000),
        tps: 15.5 + 0.1 * i,
      })),
    );
    const body = await json(await summary(call("GET", "/x?hours=24"), params({ chainId: "c" })));
    expect(body.dataPoints).toBe(10);
    const [stats] = body.nodes as {
      metrics: { tps: Record<string, number>; memoryUsageMb: Record<string, unknown> };
    }[];
    expect(stats!.metrics.tps.count).toBe(10);
    expect(stats!.metrics.tps.avg).toBeCloseTo(15.95, 10);
    expect(stats!.metrics.tps.min).toBeCloseTo(15.5, 10);
    expect(stats!.metrics.tps.max).toBeCloseTo(16.4, 10);
    expect(stats!.metrics.tps.median).toBeCloseTo(15.95, 10);
    expect(stats!.metrics.tps.p95).toBeCloseTo(16.355, 10);
    expect(stats!.metrics.memoryUsageMb).toEqual({
      count: 0,
      avg: null,
      min: null,
      max: null,
      median: null,
      p95: null,
    });
    expect((await summary(call("GET", "/x?hours=1&from=2026-01-01T00:00:00Z"), params({ chainId: "c" }))).status).toBe(
      422,
    );
    expect((await summary(call("GET", "/x"), params({ chainId: "nope" }))).status).toBe(404);
  });

  test("rules: the defaults are seeded, editable and validated", async () => {
    const { rules } = (await json(await listRules(call("GET", "/x"), params({})))) as {
      rules: { id: string; name: string }[];
    };
    expect(rules.map((r) => r.name).sort()).toEqual([
      "block_time_high",
      "chain_stalled",
      "client_count_low",
      "disk_usage_high",
      "memory_high",
      "memory_usage_high",
      "node_count_low",
      "node_down",
      "node_lagging",
      "tps_high",
      "tps_low",
    ]);
    const tpsLow = rules.find((r) => r.name === "tps_low")!;
    expect(
      await json(await patchRule(call("PATCH", "/x", { threshold: 2, forSeconds: 0 }), params({ ruleId: tpsLow.id }))),
    ).toMatchObject({ threshold: 2, forSeconds: 0 });
    expect((await patchRule(call("PATCH", "/x", { threshold: null }), params({ ruleId: tpsLow.id }))).status).toBe(422);
    expect((await patchRule(call("PATCH", "/x", { metric: "password" }), params({ ruleId: tpsLow.id }))).status).toBe(
      422,
    );
    expect((await patchRule(call("PATCH", "/x", { enabled: false }, null), params({ ruleId: tpsLow.id }))).status).toBe(
      401,
    );
    const created = await createRule(
      call("POST", "/x", {
        name: "gas_high",
        metric: "gas_price",
        comparison: "gt",
        threshold: 1e11,
        severity: "info",
        scopeChainId: "c",
      }),
      params({}),
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await deleteRule(call("DELETE", "/x"), params({ ruleId: id }))).status).toBe(204);
    expect((await deleteRule(call("DELETE", "/x"), params({ ruleId: id }))).status).toBe(404);
  });

  test("alerts: filter, page with a cursor, acknowledge and silence", async () => {
    const rule = await db.prisma.alertRule.findFirstOrThrow({ where: { name: "tps_low" } });
    const base = Date.now() - 600_000;
    for (let i = 0; i < 5; i++) {
      await db.prisma.alert.create({
        data: {
          ruleId: rule.id,
          chainId: "c",
          state: i === 4 ? "firing" : "resolved",
          severity: "warning",
          message: `tps_low on c #${i}`,
          startedAt: new Date(base + i * 1000),
          lastEvaluatedAt: new Date(),
          openKey: i === 4 ? `${rule.id}:c:-` : null,
          resolvedAt: i === 4 ? null : new Date(),
        },
      });
    }
    const page1 = (await json(await listAlerts(call("GET", "/x?limit=2"), params({})))) as {
      alerts: { message: string }[];
      nextCursor: string;
    };
    expect(page1.alerts.map((a) => a.message)).toEqual(["tps_low on c #4", "tps_low on c #3"]);
    const page2 = (await json(
      await listAlerts(call("GET", `/x?limit=2&cursor=${page1.nextCursor}`), params({})),
    )) as typeof page1;
    expect(page2.alerts.map((a) => a.message)).toEqual(["tps_low on c #2", "tps_low on c #1"]);
    const firing = (await json(await listAlerts(call("GET", "/x?state=firing,pending&q=%234"), params({})))) as {
      alerts: { id: string }[];
    };
    expect(firing.alerts).toHaveLength(1);
    expect((await listAlerts(call("GET", "/x?state=burning"), params({}))).status).toBe(422);
    expect((await listAlerts(call("GET", "/x?cursor=garbage"), params({}))).status).toBe(422);

    const id = firing.alerts[0]!.id;
    expect((await ack(call("POST", "/x", { by: "ops" }, null), params({ alertId: id }))).status).toBe(401);
    expect(await json(await ack(call("POST", "/x", { by: "ops" }), params({ alertId: id })))).toMatchObject({
      acknowledgedBy: "ops",
    });
    const until = new Date(Date.now() + 3_600_000).toISOString();
    expect(
      await json(await silence(call("POST", "/x", { until, reason: "maintenance" }), params({ alertId: id }))),
    ).toMatchObject({ silenceReason: "maintenance", silencedUntil: until });
    expect(
      (await silence(call("POST", "/x", { until: "2000-01-01T00:00:00Z", reason: "x" }), params({ alertId: id })))
        .status,
    ).toBe(422);
    const resolved = page2.alerts[0] as unknown as { id: string };
    expect((await ack(call("POST", "/x", {}), params({ alertId: resolved.id }))).status).toBe(409);
    expect(
      (await ack(call("POST", "/x", {}), params({ alertId: "00000000-0000-4000-8000-000000000000" }))).status,
    ).toBe(404);
  });
});
