import type { Db } from "../../createPrismaClient.ts";

/** Open episodes (pending or firing) of a chain, keyed by their open key. */
export async function listOpenAlerts(db: Db, chainId: string) {
  const rows = await db.alert.findMany({
    where: { chainId, openKey: { not: null } },
    select: { id: true, openKey: true, state: true, startedAt: true, ruleId: true, nodeId: true },
  });
  return new Map(rows.map((row) => [row.openKey!, { ...row, state: row.state as "pending" | "firing" }]));
}
