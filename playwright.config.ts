import { defineConfig } from "@playwright/test";

export const E2E_PORT = 3210;
export const E2E_ADMIN_TOKEN = "e2e-admin-token-0123456789abcdef";
export const E2E_SIMULATOR_PORT = 3291;

// Debian's Chromium, started the way this offline machine needs (no background networking).
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  fullyParallel: false,
  outputDir: "test-results/e2e",
  globalSetup: "./tests/e2e/globalSetup.ts",
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: "retain-on-failure",
    screenshot: "on",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [
    { name: "api", testDir: "tests/e2e/api" },
    { name: "setup", testDir: "tests/e2e/setup", testMatch: /.*\.setup\.ts/, dependencies: ["api"] },
    {
      name: "ui",
      testDir: "tests/e2e/ui",
      dependencies: ["setup"],
      // A browser in another zone than the server (UTC here): server-rendered times must still hydrate cleanly.
      use: { storageState: "test-results/e2e/admin-session.json", timezoneId: "Asia/Kolkata", locale: "en-IN" },
    },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${E2E_PORT}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    env: {
      PORT: String(E2E_PORT),
      CHAINPULSE_DATA_DIR: ".test-data/e2e",
      CHAINPULSE_ADMIN_TOKEN: E2E_ADMIN_TOKEN,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
