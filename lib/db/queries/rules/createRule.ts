import type { z } from "zod";
import type { createRuleInputSchema, RuleDto } from "../../../api/schemas/alerts.ts";
import type { Db } from "../../createPrismaClient.ts";
import { toRuleDto } from "./toRuleDto.ts";

export async function createRule(db: Db, input: z.infer<typeof createRuleInputSchema>): Promise<RuleDto> {
  return toRuleDto(await db.alertRule.create({ data: input }));
}
