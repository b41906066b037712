import { z } from "zod";
import { apiRoute } from "@/lib/api/apiRoute.ts";
import { updateRuleInputSchema } from "@/lib/api/schemas/alerts.ts";
import { readJsonBody, validate } from "@/lib/api/validate.ts";
import { deleteRule } from "@/lib/db/queries/rules/deleteRule.ts";
import { updateRule } from "@/lib/db/queries/rules/updateRule.ts";

type Params = { ruleId: string };
const ruleId = z.uuid("must be a rule id");

export const PATCH = apiRoute<Params>(
  "admin",
  async ({ request, params, db }) =>
    updateRule(
      db,
      validate(ruleId, params.ruleId, "path"),
      validate(updateRuleInputSchema, await readJsonBody(request), "body"),
    ),
  { body: true },
);

export const DELETE = apiRoute<Params>("admin", async ({ params, db }) => {
  await deleteRule(db, validate(ruleId, params.ruleId, "path"));
  return new Response(null, { status: 204 });
});
