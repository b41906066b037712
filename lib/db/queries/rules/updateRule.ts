import type { z } from "zod";
import { notFound, validationProblem } from "../../../api/problems.ts";
import type { RuleDto, updateRuleInputSchema } from "../../../api/schemas/alerts.ts";
import type { Db } from "../../createPrismaClient.ts";
import { toRuleDto } from "./toRuleDto.ts";

/** Changes a rule; its open alerts follow at the next evaluation (a disabled rule's alerts resolve). */
export async function updateRule(db: Db, id: string, input: z.infer<typeof updateRuleInputSchema>): Promise<RuleDto> {
  const rule = await db.alertRule.findUnique({ where: { id } });
  if (!rule) throw notFound(`alert rule ${id}`);
  const metric = input.metric ?? rule.metric;
  const threshold = input.threshold === undefined ? rule.threshold : input.threshold;
  if (threshold === null && metric !== "head_stall_seconds") {
    throw validationProblem([
      { field: "body.threshold", message: "is required (only head_stall_seconds has an automatic threshold)" },
    ]);
  }
  return toRuleDto(await db.alertRule.update({ where: { id }, data: input }));
}
