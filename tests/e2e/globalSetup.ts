import { startAitbcNode } from "../../scripts/simulator/aitbcNodeSimulator.ts";
import { SimulatedChain } from "../../scripts/simulator/simulatedChain.ts";
import { E2E_SIMULATOR_PORT } from "../../playwright.config.ts";

/** A simulated aitbc node on loopback for the browser to add; stopped when the run ends. */
export default async function globalSetup() {
  const node = await startAitbcNode({
    nodeId: "e2e",
    port: E2E_SIMULATOR_PORT,
    // Two chains, so the overview has something to compare.
    chains: [
      new SimulatedChain({ id: "ait-devnet", blockTimeSeconds: 1, baseTps: 10 }),
      new SimulatedChain({ id: "ait-testnet", blockTimeSeconds: 2, baseTps: 3, seed: 7 }),
    ],
  });
  return () => node.close();
}
