import type { Db } from "../../createPrismaClient.ts";

export function listEnabledRules(db: Db) {
  return db.alertRule.findMany({ where: { enabled: true }, orderBy: { name: "asc" } });
}

export type EnabledRule = Awaited<ReturnType<typeof listEnabledRules>>[number];
