import { apiRoute } from "@/lib/api/apiRoute.ts";
import { chainIdSchema } from "@/lib/api/schemas/common.ts";
import { validate } from "@/lib/api/validate.ts";
import { getChain } from "@/lib/db/queries/chains/getChain.ts";
import { getPredictionAccuracy } from "@/lib/db/queries/predictions/getPredictionAccuracy.ts";
import { listLatestPredictions } from "@/lib/db/queries/predictions/listLatestPredictions.ts";

export const GET = apiRoute<{ chainId: string }>("public", async ({ params, db }) => {
  const chainId = validate(chainIdSchema, params.chainId, "path");
  await getChain(db, chainId);
  const [predictions, accuracy] = await Promise.all([
    listLatestPredictions(db, chainId),
    getPredictionAccuracy(db, chainId),
  ]);
  return { chainId, predictions, accuracy };
});
