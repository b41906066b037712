import type { Db } from "../../createPrismaClient.ts";
import { getNode } from "./getNode.ts";

/** Removes a node with its samples and collection runs; its chains stay, with the other nodes' history. */
export async function deleteNode(db: Db, id: string): Promise<void> {
  await getNode(db, id);
  await db.node.delete({ where: { id } });
}
