import { apiRoute } from "@/lib/api/apiRoute.ts";
import { chainIdSchema } from "@/lib/api/schemas/common.ts";
import { rangeQuerySchema } from "@/lib/api/schemas/summary.ts";
import { validate } from "@/lib/api/validate.ts";
import { getChain } from "@/lib/db/queries/chains/getChain.ts";
import { getHealthHistory } from "@/lib/db/queries/health/getHealthHistory.ts";
import { getLatestHealth } from "@/lib/db/queries/health/getLatestHealth.ts";

export const GET = apiRoute<{ chainId: string }>(
  "read",
  async ({ request, params, db }) => {
    const chainId = validate(chainIdSchema, params.chainId, "path");
    const range = validate(rangeQuerySchema, Object.fromEntries(new URL(request.url).searchParams), "query");
    await getChain(db, chainId);
    const [latest, history] = await Promise.all([
      getLatestHealth(db, [chainId]),
      getHealthHistory(db, chainId, range.from, range.to),
    ]);
    return { chainId, latest: latest.get(chainId) ?? null, history };
  },
  { query: true },
);
