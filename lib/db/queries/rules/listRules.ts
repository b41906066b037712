import type { RuleDto } from "../../../api/schemas/alerts.ts";
import type { Db } from "../../createPrismaClient.ts";
import { toRuleDto } from "./toRuleDto.ts";

export async function listRules(db: Db): Promise<RuleDto[]> {
  return (await db.alertRule.findMany({ orderBy: [{ name: "asc" }, { createdAt: "asc" }] })).map(toRuleDto);
}
