import { apiRoute } from "@/lib/api/apiRoute.ts";
import { loadExpositionData } from "@/lib/db/queries/prometheus/loadExpositionData.ts";
import { buildMetricFamilies } from "@/lib/prometheus/buildMetricFamilies.ts";
import { EXPOSITION_CONTENT_TYPE, formatExposition } from "@/lib/prometheus/formatExposition.ts";
import packageJson from "@/package.json" with { type: "json" };

/** Prometheus scrape endpoint: chain and node gauges in the text exposition format. */
export const GET = apiRoute("read", async ({ db }) => {
  const families = buildMetricFamilies(await loadExpositionData(db), { version: packageJson.version });
  return new Response(formatExposition(families), {
    headers: { "content-type": EXPOSITION_CONTENT_TYPE, "cache-control": "no-store" },
  });
});
