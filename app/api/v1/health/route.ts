import { apiRoute } from "@/lib/api/apiRoute.ts";
import { getScheduler } from "@/lib/collector/getScheduler.ts";
import packageJson from "@/package.json" with { type: "json" };

export const GET = apiRoute("public", async ({ db }) => {
  await db.$queryRaw`SELECT 1`;
  const scheduler = await getScheduler();
  return {
    status: "ok",
    version: packageJson.version,
    database: "reachable",
    collector: { running: scheduler.running, lastTickAt: scheduler.lastTickAt?.toISOString() ?? null },
  };
});
