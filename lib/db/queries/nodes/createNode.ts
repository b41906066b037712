import type { CreateNodeInput, NodeDto } from "../../../api/schemas/nodes.ts";
import type { Db } from "../../createPrismaClient.ts";
import { getNode } from "./getNode.ts";
import { nodeWriteData } from "./nodeWriteData.ts";
import { rethrowNameConflict } from "./rethrowNameConflict.ts";

export async function createNode(db: Db, input: CreateNodeInput): Promise<NodeDto> {
  const { id } = await db.node
    .create({ data: nodeWriteData(input), select: { id: true } })
    .catch(rethrowNameConflict(input.name));
  return getNode(db, id);
}
