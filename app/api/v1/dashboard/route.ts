import { apiRoute } from "@/lib/api/apiRoute.ts";
import { dashboardData } from "@/lib/evaluation/dashboardData.ts";

export const GET = apiRoute("read", async ({ db }) => dashboardData(db));
