import type { NodeDto, UpdateNodeInput } from "../../../api/schemas/nodes.ts";
import type { Db } from "../../createPrismaClient.ts";
import { getNode } from "./getNode.ts";
import { nodeWriteData } from "./nodeWriteData.ts";
import { rethrowNameConflict } from "./rethrowNameConflict.ts";

export async function updateNode(db: Db, id: string, input: UpdateNodeInput): Promise<NodeDto> {
  await getNode(db, id); // 404 before anything changes
  const data = nodeWriteData(input);
  // A node re-enabled or moved to another URL is due at once, not after its old schedule.
  const due = input.enabled === true || input.url !== undefined ? { nextDueAt: new Date() } : {};
  await db.node.update({ where: { id }, data: { ...data, ...due } }).catch(rethrowNameConflict(input.name));
  return getNode(db, id);
}
