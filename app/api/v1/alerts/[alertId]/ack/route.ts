import { apiRoute } from "@/lib/api/apiRoute.ts";
import { acknowledgeInputSchema } from "@/lib/api/schemas/alerts.ts";
import { readJsonBody, validate } from "@/lib/api/validate.ts";
import { z } from "zod";
import { acknowledgeAlert } from "@/lib/db/queries/alerts/acknowledgeAlert.ts";

export const POST = apiRoute<{ alertId: string }>(
  "admin",
  async ({ request, params, db }) => {
    const id = validate(z.uuid("must be an alert id"), params.alertId, "path");
    const input = validate(acknowledgeInputSchema, await readJsonBody(request), "body");
    return acknowledgeAlert(db, id, input.by ?? "admin");
  },
  { body: true },
);
