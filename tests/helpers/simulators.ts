import { startAitbcNode, type RunningAitbcNode } from "../../scripts/simulator/aitbcNodeSimulator.ts";
import { SimulatedChain } from "../../scripts/simulator/simulatedChain.ts";

/** Starts aitbc simulators on loopback and returns them with a stop-all. */
export async function startSimulators(
  specs: { nodeId: string; chains: SimulatedChain[]; serveStats?: boolean; apiKey?: string }[],
): Promise<{ nodes: RunningAitbcNode[]; stop(): Promise<void> }> {
  const nodes = await Promise.all(specs.map((spec) => startAitbcNode(spec)));
  return { nodes, stop: async () => void (await Promise.all(nodes.map((node) => node.close()))) };
}

export function fastChain(id: string, blockTimeSeconds = 0.5): SimulatedChain {
  return new SimulatedChain({ id, blockTimeSeconds, baseTps: 10 });
}
