import { expect, test as setup } from "@playwright/test";
import { E2E_ADMIN_TOKEN } from "../../../playwright.config.ts";

export const ADMIN_STATE = "test-results/e2e/admin-session.json";

// Reads need a session here (public read is off), so the UI tests run signed in.
setup("sign in through the page with the admin token", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login\?next=%2F$/);
  await page.getByLabel("Admin token").fill("wrong-token-wrong-token");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That is not the admin token.")).toBeVisible();
  await page.getByLabel("Admin token").fill(E2E_ADMIN_TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
  const cookie = (await page.context().cookies()).find((c) => c.name === "chainpulse_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await page.context().storageState({ path: ADMIN_STATE });
});
