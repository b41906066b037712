import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { routeResponses } from "../../lib/api/openapi/responses.ts";
import { ROUTES, type Method } from "../../lib/api/openapi/routes.ts";
import type { AlertDto } from "../../lib/api/schemas/alerts.ts";
import type { NodeDto } from "../../lib/api/schemas/nodes.ts";
import { createSessionValue } from "../../lib/auth/sessions.ts";
import { emptyMetrics } from "../../lib/collector/metrics.ts";
import { Scheduler } from "../../lib/collector/scheduler.ts";
import { insertSamples } from "../../lib/db/queries/collection/insertSamples.ts";
import { runPredictions, scoreDuePredictions } from "../../lib/evaluation/runPredictions.ts";
import { useDatabaseForRoutes } from "../helpers/routeDatabase.ts";
import { fastChain, startSimulators } from "../helpers/simulators.ts";
import { BACKENDS, createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

const TOKEN = "openapi-responses-test-token-0123456789";
process.env.CHAINPULSE_ADMIN_TOKEN = TOKEN;
process.env.CHAINPULSE_PUBLIC_READ = "true";

const APP = path.resolve(import.meta.dirname, "../../app");
const CHAIN = "ait-devnet";
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Json = Record<string, unknown>;
interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

/** Calls the route.ts handler of an operation and checks the answer against what the route table declares. */
async function api(method: Method, template: string, status: number, call: Call = {}): Promise<unknown> {
  const route = ROUTES.find((r) => r.method === method && r.path === template);
  if (!route) throw new Error(`${method} ${template} is not in the route table`);
  const file = path.join(APP, template.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
  const handler = ((await import(file)) as Record<string, Handler | undefined>)[method]!;
  const url = new URL(
    template.replace(/\{(\w+)\}/g, (_, name: string) => call.params![name]!),
    "http://localhost",
  );
  for (const [key, value] of Object.entries(call.query ?? {})) url.searchParams.set(key, value);
  const body = call.raw ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
  const headers = call.headers ?? { authorization: `Bearer ${TOKEN}` };
  const response = await handler(new Request(url, { method, headers, body }), {
    params: Promise.resolve(call.params ?? {}),
  });
  const text = await response.text();
  expect(response.status, `${method} ${url.pathname}: ${text}`).toBe(status);
  const schema = routeResponses(route).get(status);
  expect(schema, `${method} ${template} does not declare ${status}`).toBeDefined();
  covered.add(`${method} ${template} ${status}`);
  if (schema === null) {
    expect(text).toBe("");
    return null;
  }
  const type = status >= 400 ? "application/problem+json" : "application/json";
  expect(response.headers.get("content-type")).toContain(type);
  const json = JSON.parse(text) as unknown;
  // parse fails on a missing or renamed field; the comparison on one the schema does not know.
  expect(schema!.parse(json), `${method} ${template} ${status}`).toEqual(json);
  return json;
}
const covered = new Set<string>();

describe.each(BACKENDS)("responses match the OpenAPI schemas on %s", (backend) => {
  let db: TestDatabase;
  let sims: Awaited<ReturnType<typeof startSimulators>>;
  let node: NodeDto;
  const ids = { rule: "", channel: "", alert: "" };

  beforeAll(async () => {
    covered.clear();
    db = await createTestDatabase(backend);
    useDatabaseForRoutes(db);
    sims = await startSimulators([{ nodeId: "sim", chains: [fastChain(CHAIN)] }]);
  });
  afterAll(async () => {
    await sims.stop();
    await db.destroy();
  });

  test("seed: a node collected twice over a history, rules, a channel, predictions", async () => {
    const url = sims.nodes[0]!.url;
    node = (await api("POST", "/api/v1/nodes", 201, { body: { name: "sim-a", url, protocol: "aitbc" } })) as NodeDto;
    await api("POST", "/api/v1/nodes", 409, { body: { name: "sim-a", url, protocol: "aitbc" } });
    const rules = [
      { name: "memory_high", metric: "memory_usage_mb", comparison: "gt", threshold: 1, severity: "warning" },
      {
        name: "disk_high",
        metric: "disk_usage_mb",
        comparison: "gt",
        threshold: 1,
        severity: "info",
        forSeconds: 3600,
      },
    ];
    for (const body of rules)
      ids.rule = ((await api("POST", "/api/v1/alert-rules", 201, { body })) as Json).id as string;
    const channel = { name: "ops", kind: "generic", url: "http://127.0.0.1:9/hook" };
    ids.channel = ((await api("POST", "/api/v1/notification-channels", 201, { body: channel })) as Json).id as string;

    const scheduler = new Scheduler(db.prisma, { concurrency: 2 });
    expect((await scheduler.collectNow())[0]).toMatchObject({ outcome: "ok", chains: [CHAIN] });
    const first = await db.prisma.metricSample.findFirstOrThrow({ where: { nodeId: node.id } });
    const now = Date.now();
    // Eight hours every ten minutes before it: disk growing towards the collected value, TPS wobbling.
    const history = Array.from({ length: 48 }, (_, i) => ({
      ...emptyMetrics(),
      chainId: CHAIN,
      nodeId: node.id,
      time: new Date(now - (48 - i) * 600_000),
      tps: 10 + Math.sin(i),
      avgBlockTime: 0.5,
      memoryUsageMb: 1000 + 20 * Math.cos(i),
      diskUsageMb: (first.diskUsageMb ?? 5000) - (48 - i) * 5 + Math.sin(i * 1.7),
      activeNodes: 1,
      diskTotalMb: 100_000,
      memoryTotalMb: 4096,
    }));
    await insertSamples(db.prisma, history);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await scheduler.collectNow())[0]).toMatchObject({ outcome: "ok" });
    expect(await runPredictions(db.prisma, new Date(now - 2 * 3_600_000))).toBeGreaterThan(0);
    expect(await scoreDuePredictions(db.prisma)).toBeGreaterThan(0);
    expect(await runPredictions(db.prisma)).toBeGreaterThan(0);
  });

  test("every read answers with its declared schema", async () => {
    const chain = { params: { chainId: CHAIN } };
    await api("GET", "/api/v1/health", 200);
    await api("GET", "/api/v1/openapi.json", 200, { headers: {} });
    expect(((await api("GET", "/api/v1/nodes", 200)) as { nodes: unknown[] }).nodes).toHaveLength(1);
    await api("GET", "/api/v1/nodes/{nodeId}", 200, { params: { nodeId: node.id } });
    expect(((await api("GET", "/api/v1/chains", 200)) as { chains: unknown[] }).chains).toHaveLength(1);
    expect(await api("GET", "/api/v1/chains/{chainId}", 200, chain)).toMatchObject({ latest: { nodeId: node.id } });
    const range = { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date().toISOString() };
    const series = (await api("GET", "/api/v1/chains/{chainId}/metrics", 200, {
      ...chain,
      query: { metric: "tps", ...range },
    })) as Json;
    expect((series.series as { points: unknown[] }[])[0]!.points.length).toBeGreaterThan(40);
    const summary = (await api("GET", "/api/v1/chains/{chainId}/summary", 200, {
      ...chain,
      query: { hours: "24" },
    })) as Json;
    expect(summary).toMatchObject({ dataPoints: 50, health: { healthClass: expect.any(String) } });
    expect((summary.activeAlerts as AlertDto[]).map((a) => a.state)).toEqual(
      expect.arrayContaining(["firing", "pending"]),
    );
    const health = (await api("GET", "/api/v1/chains/{chainId}/health", 200, { ...chain, query: range })) as Json;
    expect(health.history).not.toHaveLength(0);
    const advice = (await api("GET", "/api/v1/chains/{chainId}/recommendations", 200, chain)) as Json;
    expect(advice.recommendations).not.toHaveLength(0);
    const forecast = (await api("GET", "/api/v1/chains/{chainId}/predictions", 200, chain)) as Json;
    expect(forecast).toMatchObject({
      predictions: expect.arrayContaining([expect.anything()]),
      diskFull: { days: expect.any(Number) },
    });
    expect(forecast.accuracy).not.toHaveLength(0);
    expect(await api("GET", "/api/v1/analysis/cross-chain", 200)).toMatchObject({ totalChains: 1, ranking: [CHAIN] });
    expect(await api("GET", "/api/v1/dashboard", 200, { headers: {} })).toMatchObject({
      chainSummaries: { [CHAIN]: {} },
    });
    const overview = (await api("GET", "/api/v1/overview", 200)) as {
      chains: { id: string; tpsSparkline: unknown[]; openAlerts: { pending: number } }[];
    };
    expect(overview.chains.map((c) => c.id)).toEqual([CHAIN]);
    expect(overview.chains[0]!.tpsSparkline).toHaveLength(60);
    expect(overview.chains[0]!.openAlerts.pending).toBeGreaterThan(0);
    const page = (await api("GET", "/api/v1/alerts", 200, { query: { state: "firing,pending", limit: "1" } })) as Json;
    await api("GET", "/api/v1/alerts", 200, { query: { cursor: page.nextCursor as string } });
    ids.alert = (page.alerts as AlertDto[])[0]!.id;
    const { rules } = (await api("GET", "/api/v1/alert-rules", 200)) as { rules: { name: string }[] };
    expect(rules.map((r) => r.name)).toEqual(expect.arrayContaining(["memory_high", "disk_high"]));
    expect(((await api("GET", "/api/v1/notification-channels", 200)) as Json).channels).toHaveLength(1);
  });

  test("the writes answer with their declared schema", async () => {
    const byNode = { params: { nodeId: node.id } };
    await api("PATCH", "/api/v1/nodes/{nodeId}", 200, { ...byNode, body: { name: "sim-b", intervalSeconds: 30 } });
    await api("POST", "/api/v1/nodes/test", 200, { body: { url: sims.nodes[0]!.url, protocol: "aitbc" } });
    expect(await api("POST", "/api/v1/collect", 200)).toMatchObject({ collected: 1 });
    await api("PATCH", "/api/v1/chains/{chainId}", 200, { params: { chainId: CHAIN }, body: { name: "AITBC devnet" } });
    const byAlert = { params: { alertId: ids.alert } };
    await api("POST", "/api/v1/alerts/{alertId}/ack", 200, { ...byAlert, body: { by: "ops" } });
    const until = new Date(Date.now() + 3_600_000).toISOString();
    await api("POST", "/api/v1/alerts/{alertId}/silence", 200, { ...byAlert, body: { until, reason: "maintenance" } });
    await api("PATCH", "/api/v1/alert-rules/{ruleId}", 200, { params: { ruleId: ids.rule }, body: { enabled: false } });
    const byChannel = { params: { channelId: ids.channel } };
    await api("POST", "/api/v1/notification-channels/{channelId}/test", 202, byChannel);
    const log = (await api("GET", "/api/v1/notification-channels/{channelId}/deliveries", 200, byChannel)) as Json;
    expect((log.deliveries as { event: string }[]).map((d) => d.event)).toEqual(
      expect.arrayContaining(["test", "firing"]),
    );
    await api("DELETE", "/api/v1/notification-channels/{channelId}", 204, byChannel);
    await api("DELETE", "/api/v1/alert-rules/{ruleId}", 204, { params: { ruleId: ids.rule } });
    await api("DELETE", "/api/v1/nodes/{nodeId}", 204, byNode);
  });

  test("errors are problems of the declared statuses", async () => {
    await api("GET", "/api/v1/chains/{chainId}", 404, { params: { chainId: "no-such-chain" } });
    const problem = (await api("GET", "/api/v1/chains/{chainId}/metrics", 422, {
      params: { chainId: CHAIN },
      query: { metric: "nope" },
    })) as Json;
    expect(problem.errors).not.toHaveLength(0);
    await api("GET", "/api/v1/chains", 422, { query: { metric: "tps" } });
    await api("GET", "/api/v1/notification-channels", 401, { headers: {} });
    await api("POST", "/api/v1/alert-rules", 400, { raw: "{not json" });
    await api("POST", "/api/v1/nodes/test", 413, { raw: JSON.stringify({ url: "x".repeat(70_000) }) });
    const { value } = await createSessionValue(db.prisma);
    const crossSite = { cookie: `chainpulse_session=${value}`, origin: "https://evil.example" };
    await api("POST", "/api/v1/collect", 403, { headers: crossSite });
  });

  test("every operation's success response was checked", () => {
    const missing = ROUTES.filter((r) => !covered.has(`${r.method} ${r.path} ${r.status}`));
    expect(missing.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });
});
