import type { Db } from "../../createPrismaClient.ts";

/** Pending alerts per chain: conditions that hold but have not lasted their rule's forSeconds yet. */
export async function countPendingAlerts(db: Db): Promise<Map<string, number>> {
  const rows = await db.alert.groupBy({ by: ["chainId"], where: { state: "pending" }, _count: true });
  return new Map(rows.map((row) => [row.chainId, row._count]));
}
