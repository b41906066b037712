import type { ChainHead } from "../../../collector/adapters/types.ts";
import type { Db } from "../../createPrismaClient.ts";

/** The last head each chain of a node reported, keyed by chain id. */
export async function loadPreviousHeads(db: Db, nodeId: string): Promise<Map<string, ChainHead>> {
  const rows = await db.nodeChain.findMany({
    where: { nodeId, headHeight: { not: null } },
    select: { chainId: true, headHeight: true, headTimestamp: true, headTxCount: true },
  });
  return new Map(
    rows.map((row) => [
      row.chainId,
      { height: row.headHeight as bigint, timestamp: row.headTimestamp, txCount: row.headTxCount },
    ]),
  );
}
