import { apiRoute } from "@/lib/api/apiRoute.ts";
import { testNodeInputSchema } from "@/lib/api/schemas/nodes.ts";
import { readJsonBody, validate } from "@/lib/api/validate.ts";
import { testConnection } from "@/lib/collector/testConnection.ts";

// Admin only: it makes the server send requests to a URL of the caller's choosing.
export const POST = apiRoute(
  "admin",
  async ({ request }) => testConnection(validate(testNodeInputSchema, await readJsonBody(request), "body")),
  { body: true },
);
