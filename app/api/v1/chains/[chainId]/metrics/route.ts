import { apiRoute } from "@/lib/api/apiRoute.ts";
import { chainIdSchema } from "@/lib/api/schemas/common.ts";
import { metricQuerySchema } from "@/lib/api/schemas/metrics.ts";
import { validate } from "@/lib/api/validate.ts";
import { getChain } from "@/lib/db/queries/chains/getChain.ts";
import { getMetricSeries } from "@/lib/db/queries/metrics/getMetricSeries.ts";

export const GET = apiRoute<{ chainId: string }>(
  "read",
  async ({ request, params, db }) => {
    const chainId = validate(chainIdSchema, params.chainId, "path");
    const query = validate(metricQuerySchema, Object.fromEntries(new URL(request.url).searchParams), "query");
    await getChain(db, chainId); // 404 for a chain that does not exist
    return getMetricSeries(db, chainId, query);
  },
  { query: true },
);
