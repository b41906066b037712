import type { Db } from "../db/createPrismaClient.ts";
import { errorMessage } from "../errorMessage.ts";
import { evaluateChain } from "./evaluateChain.ts";

/**
 * Evaluates health and alerts of every chain a node hosts, after its collection, failed or not
 * (a failure is what raises node_down). An evaluation error is logged, never lost in silence,
 * and never undoes the collection that was just stored.
 */
export async function evaluateChainsOf(db: Db, nodeId: string, now = new Date()): Promise<void> {
  const links = await db.nodeChain.findMany({ where: { nodeId }, select: { chainId: true } });
  for (const { chainId } of links) {
    try {
      await evaluateChain(db, chainId, now);
    } catch (error) {
      console.error(`[alerts] evaluating ${chainId} failed: ${errorMessage(error)}`);
    }
  }
}
