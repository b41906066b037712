import type { Db } from "../../createPrismaClient.ts";

export function countNodes(db: Db): Promise<number> {
  return db.node.count();
}
