import type { NodeDto } from "../../../api/schemas/nodes.ts";
import type { Db } from "../../createPrismaClient.ts";
import { toNodeDto } from "./toNodeDto.ts";

export async function listNodes(db: Db): Promise<NodeDto[]> {
  const nodes = await db.node.findMany({ include: { chains: true }, orderBy: { name: "asc" } });
  return nodes.map(toNodeDto);
}
