import { apiRoute } from "@/lib/api/apiRoute.ts";
import { listAlertsQuerySchema } from "@/lib/api/schemas/alerts.ts";
import { validate } from "@/lib/api/validate.ts";
import { listAlerts } from "@/lib/db/queries/alerts/listAlerts.ts";

export const GET = apiRoute(
  "read",
  async ({ request, db }) =>
    listAlerts(db, validate(listAlertsQuerySchema, Object.fromEntries(new URL(request.url).searchParams), "query")),
  { query: true },
);
