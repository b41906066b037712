import { apiRoute } from "@/lib/api/apiRoute.ts";
import { crossChainAnalysis } from "@/lib/evaluation/crossChainAnalysis.ts";

export const GET = apiRoute("read", async ({ db }) => crossChainAnalysis(db));
