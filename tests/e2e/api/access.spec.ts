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
  expect((await request.get("/api/v1/nodes")).ok()).toBe(true);
  expect(await (await request.get("/api/v1/nodes")).json()).toEqual({ nodes: [] });
});
