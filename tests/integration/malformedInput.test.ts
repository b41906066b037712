import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { useDatabaseForRoutes } from "../helpers/routeDatabase.ts";
import { allRoutes, SAMPLE_UUID, type Handler } from "../helpers/routeHandlers.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

// Malformed input to every route, with the admin token: always a 4xx, never a 500, and the
// database unchanged.
const TOKEN = "malformed-input-token-0123456789";
process.env.CHAINPULSE_ADMIN_TOKEN = TOKEN;

const UUID = SAMPLE_UUID;
const INJECTION = "'; DROP TABLE nodes; --";

const BODIES: { name: string; body: string }[] = [
  { name: "invalid JSON", body: "{name:" },
  { name: "a 10 MB body", body: JSON.stringify({ name: "x".repeat(10 * 1024 * 1024) }) },
  {
    name: "wrong types",
    body: JSON.stringify({ name: 5, url: false, protocol: [], threshold: "high", until: 7, enabled: "yes" }),
  },
  {
    name: "huge and negative numbers",
    body: JSON.stringify({ intervalSeconds: 1e308, timeoutMs: -1, forSeconds: -5, threshold: 1e400 }),
  },
  { name: "unknown fields", body: JSON.stringify({ isAdmin: true, __proto__: { polluted: 1 } }) },
  {
    name: "an injection string",
    body: JSON.stringify({ name: INJECTION, url: `http://x'${INJECTION}`, metric: INJECTION }),
  },
  { name: "a JSON array", body: "[1,2,3]" },
];

const QUERIES = [
  { name: "an unknown parameter", query: "?drop=1" },
  { name: "from after to", query: "?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z&metric=tps" },
  { name: "huge and negative numbers", query: "?limit=-1&step=1e308&hours=-3" },
  {
    name: "an injection string",
    query: `?metric=${encodeURIComponent(INJECTION)}&state=${encodeURIComponent(INJECTION)}`,
  },
];

const routes = allRoutes();

describe("malformed input to every route", () => {
  let db: TestDatabase;
  const snapshot = async () =>
    JSON.stringify(
      await Promise.all([
        db.prisma.node.findMany({ orderBy: { id: "asc" } }),
        db.prisma.alertRule.findMany({ orderBy: { id: "asc" } }),
        db.prisma.alert.findMany({ orderBy: { id: "asc" } }),
        db.prisma.notificationChannel.findMany({ orderBy: { id: "asc" } }),
        db.prisma.chain.findMany({ orderBy: { id: "asc" } }),
      ]),
      (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value),
    );

  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    useDatabaseForRoutes(db);
    // Something to break: a chain, a node, an alert on it.
    const node = await db.prisma.node.create({
      data: { id: UUID, name: "n", url: "http://127.0.0.1:9", protocol: "aitbc" },
    });
    await db.prisma.chain.create({ data: { id: "c", name: "c", type: "aitbc" } });
    await db.prisma.nodeChain.create({ data: { nodeId: node.id, chainId: "c" } });
  });
  afterAll(async () => {
    await db.destroy();
  });

  type Case = (typeof routes)[number] & { method: string; label: string; query: string; body: string | undefined };
  const cases = routes.flatMap((route) =>
    ["GET", "POST", "PATCH", "DELETE"].flatMap((method): Case[] =>
      method === "GET"
        ? QUERIES.map((q) => ({
            ...route,
            method,
            label: `${method} ${route.urlPath} with ${q.name}`,
            query: q.query,
            body: undefined,
          }))
        : BODIES.map((b) => ({
            ...route,
            method,
            label: `${method} ${route.urlPath} with ${b.name}`,
            query: "",
            body: b.body,
          })),
    ),
  );

  test.each(cases)("$label", async ({ file, method, params, urlPath, query, body }) => {
    const handler = (await import(path.resolve(file)))[method] as Handler | undefined;
    if (!handler) return;
    const before = await snapshot();
    const response = await handler(
      new Request(`http://localhost${urlPath.replace(/\[(\w+)\]/g, (_, name: string) => params[name]!)}${query}`, {
        method,
        headers: {
          authorization: `Bearer ${TOKEN}`,
          ...(body ? { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) } : {}),
        },
        body,
      }),
      { params: Promise.resolve(params) },
    );
    expect(response.status, await response.clone().text()).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await snapshot()).toBe(before);
  });
});
