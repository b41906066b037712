import type { ChainDto } from "../api/schemas/chains.ts";
import { analyseCrossChain, type CrossChainAnalysis, type CrossChainInput } from "../analytics/crossChain.ts";
import type { Db } from "../db/createPrismaClient.ts";
import { countOpenAlerts, type AlertCounts } from "../db/queries/alerts/countOpenAlerts.ts";
import { listChains } from "../db/queries/chains/listChains.ts";
import { getLatestHealth, type LatestHealth } from "../db/queries/health/getLatestHealth.ts";

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
  return analyseCrossChain(crossChainInputs(chains, health, alerts));
}

/** The analysis's input from what the caller already read (the overview reads the same three things). */
export function crossChainInputs(
  chains: ChainDto[],
  health: Map<string, LatestHealth>,
  alerts: Map<string, AlertCounts>,
): CrossChainInput[] {
  return chains.map((chain) => ({
    id: chain.id,
    name: chain.name,
    type: chain.type,
    health: health.get(chain.id)?.score ?? null,
    latest: chain.latest
      ? { ...chain.latest, gasPrice: chain.latest.gasPrice === null ? null : Number(chain.latest.gasPrice) }
      : null,
    openAlerts: alerts.get(chain.id) ?? { critical: 0, warning: 0, info: 0 },
  }));
}
