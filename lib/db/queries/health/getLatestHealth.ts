import type { HealthBreakdownItem } from "../../../analytics/health.ts";
import type { HealthClass } from "../../../analytics/types.ts";
import type { Db } from "../../createPrismaClient.ts";

export interface LatestHealth {
  time: string;
  score: number | null;
  /** recordHealth stores classifyHealth's class, one of the four. */
  healthClass: HealthClass | null;
  breakdown: HealthBreakdownItem[];
}

/** The newest stored health of each chain (or of one). */
export async function getLatestHealth(db: Db, chainIds: string[]): Promise<Map<string, LatestHealth>> {
  if (chainIds.length === 0) return new Map();
  const rows = await db.$queryRaw<
    { chain_id: string; time: Date; score: number | null; health_class: HealthClass | null; breakdown: unknown }[]
  >`
    SELECT DISTINCT ON (chain_id) chain_id, time, score, health_class, breakdown
    FROM health_scores WHERE chain_id = ANY(${chainIds}::text[]) ORDER BY chain_id, time DESC`;
  return new Map(
    rows.map((row) => [
      row.chain_id,
      {
        time: new Date(row.time).toISOString(),
        score: row.score,
        healthClass: row.health_class,
        breakdown: row.breakdown as HealthBreakdownItem[],
      },
    ]),
  );
}
