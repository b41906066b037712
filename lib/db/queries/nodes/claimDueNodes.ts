import type { Db } from "../../createPrismaClient.ts";

/**
 * Claims up to `limit` enabled nodes that are due, for this collector process.
 * The claim moves next_due_at one interval ahead in the same statement, with SKIP LOCKED,
 * so two replicas never claim one node; if this process dies mid-collection, the node is
 * due again one interval later and another replica takes it.
 */
export async function claimDueNodes(db: Db, owner: string, limit: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE nodes SET next_due_at = now() + make_interval(secs => interval_seconds), claimed_by = ${owner}
    WHERE id IN (
      SELECT id FROM nodes WHERE enabled AND next_due_at <= now()
      ORDER BY next_due_at LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id`;
  return rows.map((row) => row.id);
}
