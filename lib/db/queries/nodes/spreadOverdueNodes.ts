import type { Db } from "../../createPrismaClient.ts";

/** After a restart, spreads overdue nodes over one interval instead of collecting them all at once. */
export async function spreadOverdueNodes(db: Db): Promise<void> {
  await db.$executeRaw`
    UPDATE nodes SET next_due_at = now() + make_interval(secs => random() * interval_seconds)
    WHERE enabled AND next_due_at < now() - make_interval(secs => interval_seconds)`;
}
