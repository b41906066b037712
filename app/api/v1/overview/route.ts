import { apiRoute } from "@/lib/api/apiRoute.ts";
import { overviewData } from "@/lib/evaluation/overviewData.ts";

export const GET = apiRoute("read", async ({ db }) => overviewData(db));
