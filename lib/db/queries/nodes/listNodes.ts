import type { NodeDto } from "../../../api/schemas/nodes.ts";
import type { Db } from "../../createPrismaClient.ts";
import { toNodeDto } from "./toNodeDto.ts";

/** Nodes for display: whether credentials exist is read in SQL, the credentials themselves never are. */
export async function listNodes(db: Db, id?: string): Promise<NodeDto[]> {
  const [nodes, withCredentials] = await Promise.all([
    db.node.findMany({ where: id ? { id } : {}, include: { chains: true }, orderBy: { name: "asc" } }),
    db.node.findMany({ where: { ...(id ? { id } : {}), credentials: { not: null } }, select: { id: true } }),
  ]);
  const has = new Set(withCredentials.map((node) => node.id));
  return nodes.map((node) => toNodeDto({ ...node, hasCredentials: has.has(node.id) }));
}
