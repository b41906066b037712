import { apiRoute } from "@/lib/api/apiRoute.ts";
import { getScheduler } from "@/lib/collector/getScheduler.ts";

export const POST = apiRoute("admin", async () => {
  const results = await (await getScheduler()).collectNow();
  return { collected: results.length, results };
});
