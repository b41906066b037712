import { notFound } from "../../../api/problems.ts";
import type { Db } from "../../createPrismaClient.ts";

/** Deletes a rule with its alert history (the alerts cascade). */
export async function deleteRule(db: Db, id: string): Promise<void> {
  const { count } = await db.alertRule.deleteMany({ where: { id } });
  if (count === 0) throw notFound(`alert rule ${id}`);
}
