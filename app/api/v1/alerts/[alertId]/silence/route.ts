import { z } from "zod";
import { apiRoute } from "@/lib/api/apiRoute.ts";
import { silenceInputSchema } from "@/lib/api/schemas/alerts.ts";
import { readJsonBody, validate } from "@/lib/api/validate.ts";
import { silenceAlert } from "@/lib/db/queries/alerts/silenceAlert.ts";

export const POST = apiRoute<{ alertId: string }>(
  "admin",
  async ({ request, params, db }) => {
    const id = validate(z.uuid("must be an alert id"), params.alertId, "path");
    const input = validate(silenceInputSchema, await readJsonBody(request), "body");
    return silenceAlert(db, id, input.until, input.reason);
  },
  { body: true },
);
