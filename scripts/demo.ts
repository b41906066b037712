// `npm run demo`: two simulated aitbc nodes serving ait-devnet and ait-testnet, registered
// with a production build of the dashboard on its own embedded database. Ctrl-C stops it all.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { startAitbcNode } from "./simulator/aitbcNodeSimulator.ts";
import { SimulatedChain } from "./simulator/simulatedChain.ts";

const port = Number(process.env.PORT ?? 3000);
const token = process.env.CHAINPULSE_ADMIN_TOKEN ?? randomBytes(24).toString("base64url");
const dataDir = process.env.CHAINPULSE_DATA_DIR ?? ".data/demo";
const base = `http://127.0.0.1:${port}`;

const devnet = new SimulatedChain({ id: "ait-devnet", blockTimeSeconds: 2, baseTps: 12 });
// A quiet testnet (under 1 tx/s): tps_low fires on it about a minute after the start, so the demo shows an alert.
const testnet = new SimulatedChain({ id: "ait-testnet", blockTimeSeconds: 5, baseTps: 0.6 });
const alpha = await startAitbcNode({ nodeId: "demo-alpha", port: 8601, chains: [devnet, testnet], peers: 2 });
const beta = await startAitbcNode({ nodeId: "demo-beta", port: 8602, chains: [devnet], peers: 2 });
console.log(`simulated nodes: ${alpha.url} (ait-devnet, ait-testnet), ${beta.url} (ait-devnet)`);

if (!existsSync(".next/BUILD_ID")) {
  console.log("building the dashboard (first run only)…");
  const build = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn("npx", ["next", "start", "-p", String(port)], {
  stdio: "inherit",
  env: {
    ...process.env,
    CHAINPULSE_ADMIN_TOKEN: token,
    CHAINPULSE_DATA_DIR: dataDir,
    CHAINPULSE_PUBLIC_READ: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
const stop = async () => {
  server.kill("SIGTERM");
  await Promise.all([alpha.close(), beta.close()]);
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
server.on("exit", (code) => process.exit(code ?? 0));

await waitForHealth();
for (const node of [
  { name: "demo-alpha", url: alpha.url },
  { name: "demo-beta", url: beta.url },
]) {
  const response = await fetch(`${base}/api/v1/nodes`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ ...node, protocol: "aitbc", intervalSeconds: 5 }),
  });
  // 409: registered by an earlier demo run on the same data folder.
  if (!response.ok && response.status !== 409) throw new Error(`registering ${node.name}: HTTP ${response.status}`);
}
await fetch(`${base}/api/v1/collect`, { method: "POST", headers: { authorization: `Bearer ${token}` } });
console.log(`\nChainPulse demo: ${base}\nadmin token: ${token}\nCtrl-C stops the demo.\n`);

async function waitForHealth(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error("the dashboard did not start within 60 s");
}
