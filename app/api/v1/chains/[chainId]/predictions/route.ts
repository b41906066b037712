import { apiRoute } from "@/lib/api/apiRoute.ts";
import { chainIdSchema } from "@/lib/api/schemas/common.ts";
import { validate } from "@/lib/api/validate.ts";
import { getChain } from "@/lib/db/queries/chains/getChain.ts";
import { getPredictionAccuracy } from "@/lib/db/queries/predictions/getPredictionAccuracy.ts";
import { listLatestPredictions } from "@/lib/db/queries/predictions/listLatestPredictions.ts";
import { diskFullForecast } from "@/lib/evaluation/diskFullForecast.ts";

export const GET = apiRoute<{ chainId: string }>("read", async ({ params, db }) => {
  const chainId = validate(chainIdSchema, params.chainId, "path");
  const { latest } = await getChain(db, chainId);
  const [predictions, accuracy, diskFull] = await Promise.all([
    listLatestPredictions(db, chainId),
    getPredictionAccuracy(db, chainId),
    latest ? diskFullForecast(db, chainId, latest.nodeId, latest.diskTotalMb) : null,
  ]);
  return { chainId, predictions, accuracy, diskFull };
});
