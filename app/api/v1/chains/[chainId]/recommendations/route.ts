import { apiRoute } from "@/lib/api/apiRoute.ts";
import { chainIdSchema } from "@/lib/api/schemas/common.ts";
import { validate } from "@/lib/api/validate.ts";
import { getChain } from "@/lib/db/queries/chains/getChain.ts";
import { chainRecommendations } from "@/lib/evaluation/chainRecommendations.ts";

export const GET = apiRoute<{ chainId: string }>("read", async ({ params, db }) => {
  const chainId = validate(chainIdSchema, params.chainId, "path");
  await getChain(db, chainId);
  return { chainId, recommendations: await chainRecommendations(db, chainId) };
});
