import type { HealthResult } from "../../../analytics/health.ts";
import type { Db } from "../../createPrismaClient.ts";

export async function recordHealth(db: Db, chainId: string, time: Date, health: HealthResult): Promise<void> {
  await db.healthScore.create({
    data: {
      chainId,
      time,
      score: health.score,
      healthClass: health.healthClass,
      breakdown: JSON.parse(JSON.stringify(health.breakdown)),
    },
  });
}
