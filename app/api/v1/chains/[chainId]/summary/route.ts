import { apiRoute } from "@/lib/api/apiRoute.ts";
import { chainIdSchema } from "@/lib/api/schemas/common.ts";
import { rangeQuerySchema } from "@/lib/api/schemas/summary.ts";
import { validate } from "@/lib/api/validate.ts";
import { chainSummary } from "@/lib/evaluation/chainSummary.ts";

export const GET = apiRoute<{ chainId: string }>(
  "read",
  async ({ request, params, db }) => {
    const chainId = validate(chainIdSchema, params.chainId, "path");
    const range = validate(rangeQuerySchema, Object.fromEntries(new URL(request.url).searchParams), "query");
    return chainSummary(db, chainId, range);
  },
  { query: true },
);
