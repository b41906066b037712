// `npm run simulator -- --port 8545 --chains ait-devnet,ait-testnet [--no-stats]`:
// one simulated aitbc node until Ctrl-C.
import { parseArgs } from "node:util";
import { startAitbcNode } from "./simulator/aitbcNodeSimulator.ts";
import { SimulatedChain } from "./simulator/simulatedChain.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8545" },
    chains: { type: "string", default: "ait-devnet" },
    "block-time": { type: "string", default: "2" },
    "no-stats": { type: "boolean", default: false },
  },
});
const chains = values.chains
  .split(",")
  .map((id) => new SimulatedChain({ id: id.trim(), blockTimeSeconds: Number(values["block-time"]), baseTps: 8 }));
const node = await startAitbcNode({
  nodeId: `sim-${values.port}`,
  chains,
  port: Number(values.port),
  serveStats: !values["no-stats"],
});
console.log(`aitbc simulator on ${node.url} serving ${chains.map((c) => c.id).join(", ")}`);
process.on("SIGINT", () => void node.close().then(() => process.exit(0)));
process.on("SIGTERM", () => void node.close().then(() => process.exit(0)));
