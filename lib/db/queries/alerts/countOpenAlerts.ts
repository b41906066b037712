import type { Db } from "../../createPrismaClient.ts";

export type AlertCounts = { critical: number; warning: number; info: number };

/** Firing alerts per chain and severity (pending ones have not fired yet). */
export async function countOpenAlerts(db: Db): Promise<Map<string, AlertCounts>> {
  const rows = await db.alert.groupBy({ by: ["chainId", "severity"], where: { state: "firing" }, _count: true });
  const counts = new Map<string, AlertCounts>();
  for (const row of rows) {
    const entry = counts.get(row.chainId) ?? { critical: 0, warning: 0, info: 0 };
    entry[row.severity] = row._count;
    counts.set(row.chainId, entry);
  }
  return counts;
}
