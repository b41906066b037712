// Starts the production build on a fresh embedded database for the Playwright suite.
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}
const dataDir = process.env.CHAINPULSE_DATA_DIR ?? ".test-data/e2e";
rmSync(dataDir, { recursive: true, force: true });
const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", process.env.PORT ?? "3210"], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
