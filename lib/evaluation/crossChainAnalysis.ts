import { analyseCrossChain, type CrossChainAnalysis } from "../analytics/crossChain.ts";
import type { Db } from "../db/createPrismaClient.ts";
import { countOpenAlerts } from "../db/queries/alerts/countOpenAlerts.ts";
import { listChains } from "../db/queries/chains/listChains.ts";
import { getLatestHealth } from "../db/queries/health/getLatestHealth.ts";

/** Every chain side by side; an empty system gives zeros and empty lists. */
export async function crossChainAnalysis(db: Db): Promise<CrossChainAnalysis> {
  const chains = await listChains(db);
  const [health, alerts] = await Promise.all([
    getLatestHealth(
      db,
      chains.map((c) => c.id),
    ),
    countOpenAlerts(db),
  ]);
  return analyseCrossChain(
    chains.map((chain) => ({
      id: chain.id,
      name: chain.name,
      type: chain.type,
      health: health.get(chain.id)?.score ?? null,
      latest: chain.latest
        ? { ...chain.latest, gasPrice: chain.latest.gasPrice === null ? null : Number(chain.latest.gasPrice) }
        : null,
      openAlerts: alerts.get(chain.id) ?? { critical: 0, warning: 0, info: 0 },
    })),
  );
}
