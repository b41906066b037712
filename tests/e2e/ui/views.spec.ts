import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN_TOKEN } from "../../../playwright.config.ts";
import { expectAccessible, sidewaysOverflow } from "../accessibility.ts";

// Runs last (files run in name order, one worker): sim-e2e serves ait-devnet (renamed "AIT Devnet",
// with the firing alert tps_e2e) and ait-testnet. The views an operator lives in, and links to them.
test.describe.configure({ mode: "serial" });
const auth = { authorization: `Bearer ${E2E_ADMIN_TOKEN}` };
const CHAIN = "/chains/ait-devnet";

// The server renders in UTC, the browser lives in Asia/Kolkata (playwright.config.ts): any hydration
// mismatch (a time or an age rendered differently on each side) fails the test that caused it.
let hydrationErrors: string[] = [];
test.beforeEach(({ page }) => {
  hydrationErrors = [];
  // Production React names them only by number: 418 (hydration failed), 423, 425 (text mismatch).
  const hydration = /hydrat|react\.dev\/errors\/(418|423|425)/i;
  page.on("console", (message) => {
    if (message.type() === "error" && hydration.test(message.text())) hydrationErrors.push(message.text());
  });
  page.on("pageerror", (error) => {
    if (hydration.test(error.message)) hydrationErrors.push(error.message);
  });
});
test.afterEach(() => {
  expect(hydrationErrors).toEqual([]);
});

/** The window a chart's data covers, in seconds, as the page says it. */
async function chartSpan(page: Page, metric: string): Promise<number> {
  const chart = page.getByTestId(`chart-${metric}`);
  const [from, to] = await Promise.all([chart.getAttribute("data-from"), chart.getAttribute("data-to")]);
  return (Date.parse(to!) - Date.parse(from!)) / 1000;
}

test("the range picker changes the URL and the data; every chosen metric is charted", async ({ page }) => {
  await page.goto(CHAIN);
  await expect(page.getByRole("link", { name: "1h" })).toHaveAttribute("aria-current", "page");
  expect(await chartSpan(page, "tps")).toBeCloseTo(3600, -1);
  for (const metric of ["tps", "avgBlockTime", "blockHeight", "gasPrice", "memoryUsageMb", "diskUsageMb"]) {
    await expect(page.getByTestId(`chart-${metric}`).locator("path.recharts-line-curve").first()).toHaveAttribute(
      "d",
      /L/,
    );
  }
  await expect(page.getByTestId("chart-health").locator("path.recharts-line-curve")).toHaveAttribute("d", /L/);
  await expect(page.getByTestId("chain-node-row").filter({ hasText: "sim-e2e" })).toContainText("up");

  await page.getByRole("link", { name: "6h" }).click();
  await expect(page).toHaveURL(/range=6h/);
  await expect(page.getByRole("link", { name: "6h" })).toHaveAttribute("aria-current", "page");
  await expect.poll(() => chartSpan(page, "tps")).toBeCloseTo(21_600, -1);
  await page.screenshot({ path: "test-results/e2e/chain-6h.png", fullPage: true });
});

test("a custom range and a metric choice live in the URL, and a copied link opens the same view elsewhere", async ({
  page,
  browser,
}) => {
  await page.goto(CHAIN);
  await page.getByText("Custom", { exact: true }).click();
  const start = new Date(Date.now() - 20 * 60_000);
  const end = new Date(Date.now() - 60_000);
  // The value a datetime-local field shows: wall-clock time in the browser's zone (not the test's).
  const local = (d: Date) =>
    page.evaluate((ms) => {
      const date = new Date(ms);
      return new Date(ms - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    }, d.getTime());
  await page.getByLabel("From").fill(await local(start));
  await page.getByLabel("To").fill(await local(end));
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/range=custom&from=.*&to=/);
  await expect.poll(() => chartSpan(page, "tps")).toBeCloseTo(19 * 60, -1);

  await page.getByRole("checkbox", { name: "Gas price" }).uncheck();
  await expect(page).toHaveURL(/metrics=/);
  await expect(page.getByTestId("chart-gasPrice")).toHaveCount(0);
  await expect(page.getByTestId("chart-tps")).toBeVisible();
  const link = page.url();

  // Another browser: a new context, signed in the same way, with nothing in memory.
  const other = await browser.newContext({ storageState: "test-results/e2e/admin-session.json" });
  const second = await other.newPage();
  await second.goto(link);
  await expect(second.getByText("Custom", { exact: true })).toHaveAttribute("aria-current", "page");
  await expect(second.getByLabel("From")).toHaveValue(await local(start));
  await expect(second.getByTestId("chart-gasPrice")).toHaveCount(0);
  await expect(second.getByRole("checkbox", { name: "Gas price" })).not.toBeChecked();
  expect(await chartSpan(second, "tps")).toBe(await chartSpan(page, "tps"));
  expect(await second.getByTestId("chart-tps").getAttribute("data-from")).toBe(
    await page.getByTestId("chart-tps").getAttribute("data-from"),
  );
  await second.screenshot({ path: "test-results/e2e/chain-copied-link.png", fullPage: true });
  await other.close();

  // Someone not signed in yet: the sign-in page brings them back to the very same view.
  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const third = await stranger.newPage();
  await third.goto(link);
  await expect(third).toHaveURL(/\/login\?next=/);
  await third.getByLabel("Admin token").fill(E2E_ADMIN_TOKEN);
  await third.getByRole("button", { name: "Sign in" }).click();
  await expect(third).toHaveURL(link);
  await expect(third.getByTestId("chart-gasPrice")).toHaveCount(0);
  await stranger.close();
});

test("CSV and JSON downloads hold what the page shows", async ({ page }) => {
  await page.goto(`${CHAIN}?range=15m&metrics=tps,health`);
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  const lines = readFileSync((await csv.path())!, "utf8")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe("metric,node_id,node_name,time,value");
  const metrics = new Set(lines.slice(1).map((line) => line.split(",")[0]));
  expect([...metrics].sort()).toEqual(["health", "tps"]);
  expect(lines.some((line) => line.startsWith("tps,") && line.includes(",sim-e2e,"))).toBe(true);

  const [json] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download JSON" }).click(),
  ]);
  const body = JSON.parse(readFileSync((await json.path())!, "utf8"));
  expect(Object.keys(body.metrics)).toEqual(["tps"]);
  expect((Date.parse(body.to) - Date.parse(body.from)) / 1000).toBeCloseTo(900, -1);
  expect(body.health.length).toBeGreaterThan(0);
});

test("a failed refresh says so and keeps the last data; Retry recovers", async ({ page }) => {
  await page.goto(`${CHAIN}?metrics=tps`);
  await expect(page.getByTestId("chart-tps").locator("path.recharts-line-curve")).toHaveAttribute("d", /L/);
  await page.route("**/api/v1/chains/*/metrics?*", (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/problem+json",
      body: JSON.stringify({ status: 503, title: "Unavailable", detail: "database unreachable" }),
    }),
  );
  // Data older than the cache's freshness is refetched when the window regains focus.
  await page.waitForTimeout(5500);
  await page.evaluate(() => window.dispatchEvent(new Event("visibilitychange")));
  const chart = page.getByTestId("chart-tps");
  await expect(chart.getByRole("alert")).toContainText("Could not refresh: database unreachable", { timeout: 15_000 });
  await expect(chart.locator("path.recharts-line-curve")).toHaveAttribute("d", /L/);
  await page.unroute("**/api/v1/chains/*/metrics?*");
  await chart.getByRole("button", { name: "Retry" }).click();
  await expect(chart.getByRole("alert")).toHaveCount(0);
});

test("opening a chain shows a loading skeleton until the server answers", async ({ page }) => {
  await page.goto("/");
  // The link's loading state is prefetched while the overview sits idle.
  await page.waitForLoadState("networkidle");
  // Then hold the server's answer for the chain page (not prefetches), so the skeleton stays up.
  await page.route(/\/chains\/ait-devnet/, async (route) => {
    const headers = route.request().headers();
    const prefetch = headers["next-router-prefetch"] || headers["next-router-segment-prefetch"];
    if (!prefetch) await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.getByRole("link", { name: "AIT Devnet" }).first().click();
  await expect(page.getByRole("status", { name: "Loading chain" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "AIT Devnet", level: 1 })).toBeVisible();
  await page.unroute(/\/chains\/ait-devnet/);
});

test("dark mode follows the system, the toggle overrides it, and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(CHAIN);
  const html = page.locator("html");
  await expect(html).toHaveClass(/dark/);
  await expect(html).toHaveCSS("color-scheme", "dark");
  await page.screenshot({ path: "test-results/e2e/chain-dark.png", fullPage: true });
  await expectAccessible(page, "the chain page, dark");

  await page.getByRole("radio", { name: "Light theme" }).click();
  await expect(html).not.toHaveClass(/dark/);
  await page.reload();
  await expect(html).not.toHaveClass(/dark/);
  await expect(page.getByRole("radio", { name: "Light theme" })).toHaveAttribute("aria-checked", "true");

  await page.getByRole("radio", { name: "System theme" }).click();
  await expect(html).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(html).not.toHaveClass(/dark/);
});

const PAGES = ["/", "/nodes", "/alerts", CHAIN, `${CHAIN}?range=24h&metrics=tps,health`, "/login", "/chains/nope"];

test("every page is usable at 390 px: nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await sidewaysOverflow(page), path).toEqual([]);
    await page.screenshot({ path: `test-results/e2e/phone${path.replace(/[^a-z0-9]+/gi, "-")}.png`, fullPage: true });
  }
});

for (const scheme of ["light", "dark"] as const) {
  test(`no serious or critical axe-core violations on any page, ${scheme}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page, `${path} (${scheme})`);
    }
  });
}

test("keyboard: the skip link, a range and the theme work without a mouse", async ({ page }) => {
  await page.goto(CHAIN);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  // From the top of the content, Tab reaches the range links in order.
  for (
    let i = 0;
    i < 40 && !(await page.getByRole("link", { name: "24h" }).evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(page.getByRole("link", { name: "24h" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/range=24h/);
});

test("data older than two collection intervals is marked stale", async ({ page, request }) => {
  // Waits on the real clock: a refresh interval, then two collection intervals without data.
  test.setTimeout(90_000);
  await page.goto(CHAIN);
  await expect(page.getByTestId("last-updated")).toContainText(/Last sample \d+s ago/);
  await expect(page.getByTestId("stale")).toHaveCount(0);
  // Live: within one collection interval the charts move on by themselves, without a reload.
  const chart = page.getByTestId("chart-tps");
  const shownUntil = await chart.getAttribute("data-to");
  await expect.poll(() => chart.getAttribute("data-to"), { timeout: 20_000 }).not.toBe(shownUntil);
  // Point the only node of the chain at a closed port, every 5 s: no new sample arrives.
  const nodes = (await (await request.get("/api/v1/nodes", { headers: auth })).json()).nodes as {
    id: string;
    name: string;
  }[];
  const sim = nodes.find((n) => n.name === "sim-e2e")!;
  const patch = await request.patch(`/api/v1/nodes/${sim.id}`, {
    headers: auth,
    data: { url: "http://127.0.0.1:9", intervalSeconds: 5, timeoutMs: 200 },
  });
  expect(patch.ok()).toBe(true);
  await expect(page.getByTestId("stale")).toBeVisible({ timeout: 45_000 });
  await page.screenshot({ path: "test-results/e2e/chain-stale.png", fullPage: true });
});
