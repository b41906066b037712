import { expect, test } from "@playwright/test";
import { E2E_SIMULATOR_PORT } from "../../../playwright.config.ts";

// Runs after firstNode.spec.ts (files run in name order, one worker): sim-e2e exists.
test.describe.configure({ mode: "serial" });

test("test connection shows what a node answered, before saving", async ({ page }) => {
  await page.goto("/nodes");
  const form = page.getByRole("form", { name: "Add a node" });
  await form.getByLabel("URL").fill(`http://127.0.0.1:${E2E_SIMULATOR_PORT}`);
  await form.getByRole("button", { name: "Test connection" }).click();
  const result = form.getByRole("status", { name: "Connection test result" });
  await expect(result).toContainText(/Answered in \d+ ms/);
  await expect(result).toContainText("ait-devnet");
  await expect(result).toContainText("gasPrice");
});

test("a node that is down shows its error on the nodes page", async ({ page }) => {
  await page.goto("/nodes");
  const form = page.getByRole("form", { name: "Add a node" });
  await form.getByLabel("Name").fill("broken");
  await form.getByLabel("URL").fill("http://127.0.0.1:9");
  await form.getByLabel("Timeout (ms)").fill("500");
  await form.getByRole("button", { name: "Add node" }).click();
  const row = page.getByTestId("node-row").filter({ hasText: "broken" });
  await expect(row).toContainText(/unreachable/);
  await expect(row).toContainText("degraded");
  await page.screenshot({ path: "test-results/e2e/nodes-page.png", fullPage: true });
});

test("edit, disable and remove a node", async ({ page }) => {
  await page.goto("/nodes");
  const row = page.getByTestId("node-row").filter({ hasText: "broken" });
  await row.getByRole("button", { name: "Edit" }).click();
  const edit = row.getByRole("form", { name: "Edit broken" });
  await edit.getByLabel("Name").fill("broken-renamed");
  await edit.getByLabel("Interval (s)").fill("60");
  await edit.getByRole("button", { name: "Save" }).click();
  const renamed = page.getByTestId("node-row").filter({ hasText: "broken-renamed" });
  await expect(renamed).toBeVisible();

  await renamed.getByRole("button", { name: "Disable" }).click();
  await expect(renamed).toContainText("disabled");
  await expect(renamed.getByRole("button", { name: "Enable" })).toBeVisible();

  page.once("dialog", (dialog) => void dialog.accept());
  await renamed.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId("node-row").filter({ hasText: "broken-renamed" })).toHaveCount(0);
  await expect(page.getByTestId("node-row").filter({ hasText: "sim-e2e" })).toBeVisible();
});

test("a chain can be renamed by the operator", async ({ page }) => {
  await page.goto("/chains/ait-devnet");
  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("Chain name").fill("AIT Devnet");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "AIT Devnet" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByTestId("chain-row").filter({ hasText: "AIT Devnet" })).toBeVisible();
});
