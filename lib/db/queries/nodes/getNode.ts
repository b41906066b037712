import { notFound } from "../../../api/problems.ts";
import type { NodeDto } from "../../../api/schemas/nodes.ts";
import type { Db } from "../../createPrismaClient.ts";
import { listNodes } from "./listNodes.ts";

export async function getNode(db: Db, id: string): Promise<NodeDto> {
  const [node] = await listNodes(db, { id });
  if (!node) throw notFound(`node ${id}`);
  return node;
}
