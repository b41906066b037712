import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ensureAdminToken } from "../../lib/auth/adminToken.ts";
import { createSessionValue, SESSION_COOKIE } from "../../lib/auth/sessions.ts";
import { useDatabaseForRoutes } from "../helpers/routeDatabase.ts";
import { allRoutes, type Handler } from "../helpers/routeHandlers.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

// Every route handler, with no credential, a wrong one, the read token, a session and the admin token.
delete process.env.CHAINPULSE_ADMIN_TOKEN;
process.env.CHAINPULSE_PUBLIC_READ = "false";
process.env.CHAINPULSE_READ_TOKEN = "read-token-for-access-tests-0123";

const METHODS = ["GET", "POST", "PATCH", "DELETE"] as const;
/** Routes whose reads are admin-only too: they reveal where alerts are sent. */
const ADMIN_READS = [/notification-channels/];
/** The liveness check answers anyone. */
const PUBLIC = ["/api/v1/health"];

const routes = allRoutes();

describe("access to every route", () => {
  let db: TestDatabase;
  let admin: string;
  let session: string;
  const counts = async () =>
    Promise.all([
      db.prisma.node.count(),
      db.prisma.alertRule.count(),
      db.prisma.alert.count(),
      db.prisma.notificationChannel.count(),
      db.prisma.chain.count(),
    ]);

  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    useDatabaseForRoutes(db);
    admin = (await ensureAdminToken(db.prisma))!;
    session = (await createSessionValue(db.prisma)).value;
  });
  afterAll(async () => {
    await db.destroy();
  });

  const cases = routes.flatMap((route) =>
    METHODS.map((method) => ({ ...route, method, label: `${method} ${route.urlPath}` })),
  );

  test.each(cases)("$label", async ({ file, method, params, urlPath }) => {
    const handler = (await import(path.resolve(file)))[method] as Handler | undefined;
    if (!handler) return;
    if (PUBLIC.includes(urlPath)) {
      const response = await handler(new Request(`http://localhost${urlPath}`), { params: Promise.resolve(params) });
      expect(response.status).toBe(200);
      return;
    }
    const isRead = method === "GET" && !ADMIN_READS.some((pattern) => pattern.test(urlPath));
    const call = (given: Record<string, string | undefined>) =>
      handler(
        new Request(`http://localhost${urlPath}`, {
          method,
          headers: {
            ...Object.fromEntries(
              Object.entries(given).filter((entry): entry is [string, string] => entry[1] !== undefined),
            ),
            ...(method === "GET" ? {} : { "content-type": "application/json" }),
          },
          body: method === "GET" || method === "DELETE" ? undefined : "{}",
        }),
        { params: Promise.resolve(params) },
      );
    const before = await counts();
    for (const headers of [{}, { authorization: "Bearer not-a-token-not-a-token" }]) {
      const response = await call(headers);
      expect(response.status, JSON.stringify(headers)).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    const readToken = await call({ authorization: `Bearer ${process.env.CHAINPULSE_READ_TOKEN}` });
    expect(readToken.status === 401, "read token").toBe(!isRead);
    expect(await counts()).toEqual(before);

    for (const headers of [
      { authorization: `Bearer ${admin}` },
      { cookie: `${SESSION_COOKIE}=${session}`, origin: "http://localhost", host: "localhost" },
    ]) {
      const response = await call(headers);
      expect([401, 403], `${JSON.stringify(Object.keys(headers))} -> ${response.status}`).not.toContain(
        response.status,
      );
      expect(response.status).toBeLessThan(500);
    }
    if (method !== "GET") {
      const crossSite = await call({
        cookie: `${SESSION_COOKIE}=${session}`,
        origin: "https://evil.example",
        host: "localhost",
      });
      expect(crossSite.status).toBe(403);
    }
  });

  test("a forged or expired session is refused", async () => {
    const { GET } = await import("../../app/api/v1/nodes/route.ts");
    for (const cookie of [`${session.slice(0, -2)}xx`, `admin.${Date.now() - 1000}.${"a".repeat(43)}`, "admin"]) {
      const response = await GET(
        new Request("http://localhost/api/v1/nodes", { headers: { cookie: `${SESSION_COOKIE}=${cookie}` } }),
        {
          params: Promise.resolve({}),
        },
      );
      expect(response.status).toBe(401);
    }
  });
});
