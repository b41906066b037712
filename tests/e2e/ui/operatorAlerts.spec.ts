import { expect, test } from "@playwright/test";
import { E2E_ADMIN_TOKEN } from "../../../playwright.config.ts";

// Runs after nodeManagement.spec.ts: sim-e2e collects ait-devnet at about 10 tx/s, and ait-testnet.
test.describe.configure({ mode: "serial" });
const auth = { authorization: `Bearer ${E2E_ADMIN_TOKEN}` };

test("an alert fires from a rule, shows on the alerts page and is acknowledged there", async ({ page, request }) => {
  const rule = await request.post("/api/v1/alert-rules", {
    headers: auth,
    data: {
      name: "tps_e2e",
      metric: "tps",
      comparison: "gt",
      threshold: 0.001,
      severity: "warning",
      scopeChainId: "ait-devnet",
    },
  });
  expect(rule.status()).toBe(201);
  expect((await request.post("/api/v1/collect", { headers: auth })).ok()).toBe(true);

  await page.goto("/alerts");
  const row = page.getByTestId("alert-row").filter({ hasText: "tps_e2e" });
  await expect(row).toContainText("firing");
  await row.getByRole("button", { name: "Acknowledge" }).click();
  await expect(row).toContainText("acknowledged by dashboard");
  await expect(page.getByTestId("rule-row").filter({ hasText: "node_down" })).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/alerts-page.png", fullPage: true });
});

test("the chain page shows health with its breakdown, recommendations and the chain's alerts", async ({ page }) => {
  await page.goto("/chains/ait-devnet");
  await expect(page.getByTestId("health-score")).toContainText("/ 100");
  // A shared link previews well: title and Open Graph tags rendered on the server.
  await expect(page).toHaveTitle("AIT Devnet · ChainPulse");
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    "content",
    /AIT Devnet \(aitbc\): 1 of 1 nodes up/,
  );
  await expect(page.getByRole("heading", { name: "Recommendations" })).toBeVisible();
  await expect(page.getByTestId("alert-row").filter({ hasText: "tps_e2e" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Summary" })).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/chain-analytics.png", fullPage: true });
});

test("an API summary, cross-chain analysis and dashboard answer on the live system", async ({ request }) => {
  const summary = await (await request.get("/api/v1/chains/ait-devnet/summary?hours=1")).json();
  expect(summary.dataPoints).toBeGreaterThan(0);
  const analysis = await (await request.get("/api/v1/analysis/cross-chain")).json();
  expect(analysis).toMatchObject({ totalChains: 2, chainsByType: { aitbc: 2 } });
  const dashboard = await (await request.get("/api/v1/dashboard")).json();
  expect(Object.keys(dashboard.chainSummaries).sort()).toEqual(["ait-devnet", "ait-testnet"]);
});
