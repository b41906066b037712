import { apiRoute } from "@/lib/api/apiRoute.ts";
import { notFound } from "@/lib/api/problems.ts";
import { chainIdSchema } from "@/lib/api/schemas/common.ts";
import { metricQuerySchema } from "@/lib/api/schemas/metrics.ts";
import { validate } from "@/lib/api/validate.ts";
import { listChains } from "@/lib/db/queries/chains/listChains.ts";
import { getMetricSeries } from "@/lib/db/queries/metrics/getMetricSeries.ts";

export const GET = apiRoute<{ chainId: string }>("public", async ({ request, params, db }) => {
  const chainId = validate(chainIdSchema, params.chainId, "path");
  const query = validate(metricQuerySchema, Object.fromEntries(new URL(request.url).searchParams), "query");
  if ((await listChains(db, chainId)).length === 0) throw notFound(`chain "${chainId}"`);
  return getMetricSeries(db, chainId, query);
});
