import { apiRoute } from "@/lib/api/apiRoute.ts";
import { createRuleInputSchema } from "@/lib/api/schemas/alerts.ts";
import { readJsonBody, validate } from "@/lib/api/validate.ts";
import { createRule } from "@/lib/db/queries/rules/createRule.ts";
import { listRules } from "@/lib/db/queries/rules/listRules.ts";

export const GET = apiRoute("read", async ({ db }) => ({ rules: await listRules(db) }));

export const POST = apiRoute(
  "admin",
  async ({ request, db }) => {
    const rule = await createRule(db, validate(createRuleInputSchema, await readJsonBody(request), "body"));
    return Response.json(rule, { status: 201 });
  },
  { body: true },
);
