import { expect, test } from "@playwright/test";
import { E2E_ADMIN_TOKEN } from "../../../playwright.config.ts";

test("health answers on the production build", async ({ request }) => {
  const response = await request.get("/api/v1/health");
  expect(response.ok()).toBe(true);
  expect(await response.json()).toMatchObject({ status: "ok", database: "reachable", collector: { running: true } });
});

test("writes need the admin token", async ({ request }) => {
  const body = { name: "api-check", url: "http://127.0.0.1:9", protocol: "aitbc" };
  const missing = await request.post("/api/v1/nodes", { data: body });
  expect(missing.status()).toBe(401);
  expect(missing.headers()["content-type"]).toBe("application/problem+json");
  const wrong = await request.post("/api/v1/nodes", {
    data: body,
    headers: { authorization: "Bearer wrong-token-wrong-token" },
  });
  expect(wrong.status()).toBe(401);
  const invalid = await request.post("/api/v1/nodes", {
    data: { ...body, url: "ftp://x" },
    headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
  });
  expect(invalid.status()).toBe(422);
  const admin = { authorization: `Bearer ${E2E_ADMIN_TOKEN}` };
  expect(await (await request.get("/api/v1/nodes", { headers: admin })).json()).toEqual({ nodes: [] });
});

test("reads need a credential when public read is off; pages lead to the sign-in page", async ({ request }) => {
  expect((await request.get("/api/v1/chains")).status()).toBe(401);
  const page = await request.get("/", { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers()["location"]).toBe("/login?next=%2F");
});
