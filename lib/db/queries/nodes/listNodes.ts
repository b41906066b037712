import type { NodeDto } from "../../../api/schemas/nodes.ts";
import type { Db } from "../../createPrismaClient.ts";
import { toNodeDto } from "./toNodeDto.ts";

/**
 * Nodes for display (all, one by id, or those hosting a chain): whether credentials exist is read in
 * SQL, the credentials themselves never are.
 */
export async function listNodes(db: Db, filter: { id?: string; chainId?: string } = {}): Promise<NodeDto[]> {
  const where = {
    ...(filter.id ? { id: filter.id } : {}),
    ...(filter.chainId ? { chains: { some: { chainId: filter.chainId } } } : {}),
  };
  const [nodes, withCredentials] = await Promise.all([
    db.node.findMany({ where, include: { chains: true }, orderBy: { name: "asc" } }),
    db.node.findMany({ where: { ...where, credentials: { not: null } }, select: { id: true } }),
  ]);
  const has = new Set(withCredentials.map((node) => node.id));
  return nodes.map((node) => toNodeDto({ ...node, hasCredentials: has.has(node.id) }));
}
