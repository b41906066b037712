import { afterAll, beforeAll, describe, expect, test } from "vitest";

// Reads are open in this file; access itself is tested in access.test.ts.
process.env.CHAINPULSE_PUBLIC_READ = "true";
import { GET as getChainMetrics } from "../../app/api/v1/chains/[chainId]/metrics/route.ts";
import { GET as getChains } from "../../app/api/v1/chains/route.ts";
import { POST as postCollect } from "../../app/api/v1/collect/route.ts";
import { GET as getHealth } from "../../app/api/v1/health/route.ts";
import { GET as getNodes, POST as postNode } from "../../app/api/v1/nodes/route.ts";
import { ensureAdminToken } from "../../lib/auth/adminToken.ts";
import { useDatabaseForRoutes } from "../helpers/routeDatabase.ts";
import { fastChain, startSimulators } from "../helpers/simulators.ts";
import { BACKENDS, createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

// The generated-token path: no token in the environment.
delete process.env.CHAINPULSE_ADMIN_TOKEN;

const noParams = { params: Promise.resolve({}) };
const chainParams = (chainId: string) => ({ params: Promise.resolve({ chainId }) });

function request(path: string, init: RequestInit & { token?: string } = {}): Request {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  return new Request(`http://localhost${path}`, { ...init, headers });
}

describe.each(BACKENDS)("/api/v1 on %s", (backend) => {
  let db: TestDatabase;
  let sims: Awaited<ReturnType<typeof startSimulators>>;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    useDatabaseForRoutes(db);
    token = (await ensureAdminToken(db.prisma))!;
    sims = await startSimulators([{ nodeId: "sim", chains: [fastChain("ait-devnet")] }]);
  });
  afterAll(async () => {
    await sims.stop();
    await db.destroy();
  });

  const addNode = (body: unknown, token?: string, raw?: string) =>
    postNode(request("/api/v1/nodes", { method: "POST", body: raw ?? JSON.stringify(body), token }), noParams);

  test("the admin token is generated once and stored only as a hash", async () => {
    expect(token).toMatch(/^[\w-]{32}$/);
    expect(await ensureAdminToken(db.prisma)).toBeNull();
    const settings = await db.prisma.setting.findMany();
    expect(JSON.stringify(settings)).not.toContain(token);
  });

  test("an empty system says it is empty", async () => {
    expect(await (await getChains(request("/api/v1/chains"), noParams)).json()).toEqual({ chains: [] });
    expect(await (await getNodes(request("/api/v1/nodes"), noParams)).json()).toEqual({ nodes: [] });
  });

  test.each([
    { name: "no token", token: undefined },
    { name: "a wrong token", token: "not-the-admin-token-at-all" },
  ])("writes with $name are 401 and change nothing", async ({ token: presented }) => {
    const response = await addNode({ name: "n", url: "http://127.0.0.1:1", protocol: "aitbc" }, presented);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const collect = await postCollect(request("/api/v1/collect", { method: "POST", token: presented }), noParams);
    expect(collect.status).toBe(401);
    expect(await db.prisma.node.count()).toBe(0);
  });

  test.each([
    { name: "invalid JSON", raw: "{name:", status: 400, field: "body" },
    { name: "a missing url", body: { name: "n", protocol: "aitbc" }, status: 422, field: "body.url" },
    {
      name: "a non-http url",
      body: { name: "n", url: "file:///etc/passwd", protocol: "aitbc" },
      status: 422,
      field: "body.url",
    },
    {
      name: "credentials in the url",
      body: { name: "n", url: "http://u:p@127.0.0.1", protocol: "aitbc" },
      status: 422,
      field: "body.url",
    },
    {
      name: "an unknown protocol",
      body: { name: "n", url: "http://127.0.0.1", protocol: "gopher" },
      status: 422,
      field: "body.protocol",
    },
    {
      name: "an unknown field",
      body: { name: "n", url: "http://127.0.0.1", protocol: "aitbc", admin: true },
      status: 422,
      field: "body",
    },
    {
      name: "a wrong type",
      body: { name: 42, url: "http://127.0.0.1", protocol: "aitbc" },
      status: 422,
      field: "body.name",
    },
    {
      name: "an injection string",
      body: { name: "x'); DROP TABLE nodes;--", url: "http://127.0.0.1'--", protocol: "aitbc" },
      status: 422,
      field: "body.url",
    },
    { name: "a 10 MB body", raw: JSON.stringify({ name: "x".repeat(10_000_000) }), status: 413, field: "body" },
  ])("$name is a $status naming $field and changes nothing", async ({ body, raw, status, field }) => {
    const response = await addNode(body, token, raw);
    expect(response.status).toBe(status);
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toContain(field);
    expect(await db.prisma.node.count()).toBe(0);
  });

  test("add a node, collect it, and read its chain and series", async () => {
    const created = await addNode({ name: "sim-1", url: sims.nodes[0]!.url, protocol: "aitbc" }, token);
    expect(created.status).toBe(201);
    const node = (await created.json()) as Record<string, unknown>;
    expect(node).toMatchObject({
      name: "sim-1",
      protocol: "aitbc",
      enabled: true,
      intervalSeconds: 15,
      status: "unknown",
    });
    expect(node).not.toHaveProperty("credentials");

    expect((await addNode({ name: "sim-1", url: sims.nodes[0]!.url, protocol: "aitbc" }, token)).status).toBe(409);

    const collect = await postCollect(request("/api/v1/collect", { method: "POST", token }), noParams);
    expect(await collect.json()).toMatchObject({
      collected: 1,
      results: [{ nodeName: "sim-1", outcome: "ok", chains: ["ait-devnet"] }],
    });

    const { chains } = (await (await getChains(request("/api/v1/chains"), noParams)).json()) as {
      chains: Record<string, unknown>[];
    };
    expect(chains).toHaveLength(1);
    expect(chains[0]).toMatchObject({ id: "ait-devnet", type: "aitbc", nodeCount: 1, nodesUp: 1 });
    expect(chains[0]!.latest).toMatchObject({
      gasPrice: expect.stringMatching(/^\d+$/),
      blockHeight: expect.any(Number),
    });

    const to = new Date(Date.now() + 60_000).toISOString();
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const series = await getChainMetrics(
      request(`/api/v1/chains/ait-devnet/metrics?metric=blockHeight&from=${from}&to=${to}`),
      chainParams("ait-devnet"),
    );
    expect(series.status).toBe(200);
    const body = (await series.json()) as { series: { nodeName: string; points: { v: number }[] }[] };
    expect(body.series).toHaveLength(1);
    expect(body.series[0]!.nodeName).toBe("sim-1");
    expect(body.series[0]!.points[0]!.v).toBeGreaterThan(1000);
  });

  test.each([
    {
      name: "an unknown chain",
      chainId: "no-such-chain",
      query: "metric=tps&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z",
      status: 404,
    },
    {
      name: "a bad chain id",
      chainId: "../../etc",
      query: "metric=tps&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z",
      status: 422,
    },
    {
      name: "from after to",
      chainId: "ait-devnet",
      query: "metric=tps&from=2026-01-03T00:00:00Z&to=2026-01-02T00:00:00Z",
      status: 422,
    },
    {
      name: "an unknown metric",
      chainId: "ait-devnet",
      query: "metric=password&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z",
      status: 422,
    },
  ])("metrics with $name is a $status", async ({ chainId, query, status }) => {
    const response = await getChainMetrics(request(`/api/v1/chains/${chainId}/metrics?${query}`), chainParams(chainId));
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  test("health reports the database and the collector", async () => {
    expect(await (await getHealth(request("/api/v1/health"), noParams)).json()).toMatchObject({
      status: "ok",
      database: "reachable",
      collector: { running: false },
    });
  });
});
