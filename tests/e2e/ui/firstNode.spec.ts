import { expect, test } from "@playwright/test";
import { E2E_ADMIN_TOKEN, E2E_SIMULATOR_PORT } from "../../../playwright.config.ts";
import { expectAccessible, sidewaysOverflow } from "../accessibility.ts";

// One story, in order: an empty dashboard, a node added through the page, its chain charted.
test.describe.configure({ mode: "serial" });

test("an empty dashboard says so and leads to adding a node", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("ChainPulse is not watching any node yet")).toBeVisible();
  await expectAccessible(page, "the empty overview");
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await sidewaysOverflow(page)).toEqual([]);
  await page.screenshot({ path: "test-results/e2e/empty-state-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole("link", { name: "Add your first node" }).click();
  await expect(page).toHaveURL(/\/nodes$/);
  await expect(page.getByText("No nodes yet.")).toBeVisible();
});

test("the form rejects a bad URL and changes nothing", async ({ page }) => {
  await page.goto("/nodes");
  await page.getByLabel("Name").fill("bad");
  // The browser's own check passes this one; the server's refuses it.
  await page.getByLabel("URL").fill("ftp://127.0.0.1/node");
  await page.getByRole("button", { name: "Add node" }).click();
  await expect(page.getByText(/must be an http/).first()).toBeVisible();
  await expect(page.getByTestId("node-row")).toHaveCount(0);
});

test("adding a simulated node through the page collects it at once", async ({ page }) => {
  await page.goto("/nodes");
  await page.getByLabel("Name").fill("sim-e2e");
  await page.getByLabel("URL").fill(`http://127.0.0.1:${E2E_SIMULATOR_PORT}`);
  await page.getByLabel("Protocol").selectOption("aitbc");
  await page.getByRole("button", { name: "Add node" }).click();
  const row = page.getByTestId("node-row").filter({ hasText: "sim-e2e" });
  await expect(row).toBeVisible();
  await expect(row.getByText("up")).toBeVisible();
  await expect(row.getByRole("link", { name: "ait-devnet" })).toBeVisible();
});

test("the chain is listed and charted", async ({ page, request }) => {
  // A second collection a moment later gives every chart at least two points.
  await page.waitForTimeout(1100);
  const collect = await request.post("/api/v1/collect", { headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
  expect(collect.ok()).toBe(true);

  await page.goto("/");
  const row = page.getByTestId("chain-row").filter({ hasText: "ait-devnet" });
  await expect(row).toBeVisible();
  await row.getByRole("link", { name: "ait-devnet" }).click();
  await expect(page).toHaveURL(/\/chains\/ait-devnet$/);
  await expect(page.getByRole("heading", { name: "ait-devnet" })).toBeVisible();

  await page.getByRole("link", { name: "15m" }).click();
  await expect(page).toHaveURL(/range=15m/);
  for (const metric of ["blockHeight", "tps"]) {
    const curve = page.getByTestId(`chart-${metric}`).locator("path.recharts-line-curve");
    await expect(curve).toHaveCount(1);
    await expect(curve).toHaveAttribute("d", /L/);
  }
  await page.screenshot({ path: "test-results/e2e/chain-page.png", fullPage: true });
});
