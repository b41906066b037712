import { afterAll, beforeAll, describe, expect, test } from "vitest";

// Reads are open in this file; access itself is tested in access.test.ts.
process.env.CHAINPULSE_PUBLIC_READ = "true";
import { DELETE, GET as getOne, PATCH } from "../../app/api/v1/nodes/[nodeId]/route.ts";
import { GET as list, POST as create } from "../../app/api/v1/nodes/route.ts";
import { POST as testNode } from "../../app/api/v1/nodes/test/route.ts";
import { useDatabaseForRoutes } from "../helpers/routeDatabase.ts";
import { fastChain, startSimulators } from "../helpers/simulators.ts";
import { BACKENDS, createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

const TOKEN = "nodes-api-test-token-0123456789";
process.env.CHAINPULSE_ADMIN_TOKEN = TOKEN;
const SECRET = "s3cret-api-key-never-shown";

const call = (method: string, path: string, body?: unknown, token: string | null = TOKEN) =>
  new Request(`http://localhost${path}`, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const none = { params: Promise.resolve({}) };
const withId = (nodeId: string) => ({ params: Promise.resolve({ nodeId }) });

describe.each(BACKENDS)("nodes API on %s", (backend) => {
  let db: TestDatabase;
  let sims: Awaited<ReturnType<typeof startSimulators>>;
  let id: string;

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    useDatabaseForRoutes(db);
    sims = await startSimulators([{ nodeId: "sim", chains: [fastChain("ait-devnet")] }]);
    const response = await create(
      call("POST", "/api/v1/nodes", {
        name: "keyed",
        url: sims.nodes[0]!.url,
        protocol: "aitbc",
        credentials: { apiKey: SECRET },
      }),
      none,
    );
    expect(response.status).toBe(201);
    id = ((await response.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await sims.stop();
    await db.destroy();
  });

  test("credentials are stored but never returned", async () => {
    const stored = await db.prisma.node.findUniqueOrThrow({ where: { id }, omit: { credentials: false } });
    expect(stored.credentials).toContain(SECRET);
    for (const response of [
      await list(call("GET", "/api/v1/nodes"), none),
      await getOne(call("GET", "/x"), withId(id)),
    ]) {
      const text = await response.text();
      expect(text).not.toContain(SECRET);
      expect(text).toContain('"hasCredentials":true');
    }
  });

  test("PATCH changes only what it names; credentials: null clears them", async () => {
    const renamed = await PATCH(call("PATCH", "/x", { name: "renamed", intervalSeconds: 30 }), withId(id));
    expect(await renamed.json()).toMatchObject({
      name: "renamed",
      intervalSeconds: 30,
      protocol: "aitbc",
      hasCredentials: true,
    });
    const disabled = await PATCH(call("PATCH", "/x", { enabled: false, credentials: null }), withId(id));
    expect(await disabled.json()).toMatchObject({ enabled: false, hasCredentials: false });
  });

  test.each([
    { name: "an empty patch", body: {}, status: 422 },
    { name: "a bad interval", body: { intervalSeconds: 1 }, status: 422 },
    { name: "an unknown field", body: { owner: "me" }, status: 422 },
    { name: "a javascript: url", body: { url: "javascript:alert(1)" }, status: 422 },
  ])("PATCH with $name is $status and changes nothing", async ({ body, status }) => {
    const before = await db.prisma.node.findUniqueOrThrow({ where: { id } });
    expect((await PATCH(call("PATCH", "/x", body), withId(id))).status).toBe(status);
    expect(await db.prisma.node.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  test.each([
    { method: "PATCH", handler: PATCH, body: { name: "x" } },
    { method: "DELETE", handler: DELETE, body: undefined },
  ])("$method needs the admin token", async ({ method, handler, body }) => {
    expect((await handler(call(method, "/x", body, null), withId(id))).status).toBe(401);
    expect((await handler(call(method, "/x", body, "wrong-token-wrong-token"), withId(id))).status).toBe(401);
  });

  test("unknown and malformed ids are 404 and 422", async () => {
    expect((await getOne(call("GET", "/x"), withId("00000000-0000-4000-8000-000000000000"))).status).toBe(404);
    expect((await getOne(call("GET", "/x"), withId("1 OR 1=1"))).status).toBe(422);
  });

  test("test connection shows what the node answered, without storing anything", async () => {
    const before = await db.prisma.metricSample.count();
    const response = await testNode(
      call("POST", "/api/v1/nodes/test", { url: sims.nodes[0]!.url, protocol: "aitbc" }),
      none,
    );
    const result = (await response.json()) as {
      ok: boolean;
      chains: { chainId: string; values: Record<string, unknown> }[];
    };
    expect(result.ok).toBe(true);
    expect(result.chains[0]!.chainId).toBe("ait-devnet");
    expect(result.chains[0]!.values.blockHeight).toMatch(/^\d+$/);
    const down = await testNode(
      call("POST", "/api/v1/nodes/test", { url: "http://127.0.0.1:9", protocol: "aitbc", timeoutMs: 500 }),
      none,
    );
    expect(await down.json()).toMatchObject({ ok: false, error: expect.stringMatching(/unreachable/) });
    expect(await db.prisma.metricSample.count()).toBe(before);
    expect(
      (await testNode(call("POST", "/x", { url: "http://127.0.0.1:9", protocol: "aitbc" }, null), none)).status,
    ).toBe(401);
  });

  test("DELETE removes the node and its history", async () => {
    expect((await DELETE(call("DELETE", "/x"), withId(id))).status).toBe(204);
    expect(await db.prisma.node.count()).toBe(0);
    expect((await DELETE(call("DELETE", "/x"), withId(id))).status).toBe(404);
  });
});
