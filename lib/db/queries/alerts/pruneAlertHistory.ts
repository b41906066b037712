import type { Db } from "../../createPrismaClient.ts";

/** Alert history is kept for a retention period (default 30 days); only resolved episodes are removed. */
export async function pruneAlertHistory(db: Db, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const { count } = await db.alert.deleteMany({ where: { state: "resolved", resolvedAt: { lt: cutoff } } });
  return count;
}
