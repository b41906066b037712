import { apiRoute } from "@/lib/api/apiRoute.ts";
import { buildDocument } from "@/lib/api/openapi/buildDocument.ts";

export const GET = apiRoute("read", async () => buildDocument());
