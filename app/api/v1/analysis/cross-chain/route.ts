import { apiRoute } from "@/lib/api/apiRoute.ts";
import { crossChainAnalysis } from "@/lib/evaluation/crossChainAnalysis.ts";

export const GET = apiRoute("public", async ({ db }) => crossChainAnalysis(db));
