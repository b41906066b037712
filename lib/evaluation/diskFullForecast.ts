import { daysUntilFull, type DaysUntilFull } from "../analytics/predictions/daysUntilFull.ts";
import type { Db } from "../db/createPrismaClient.ts";
import { getMetricSeries } from "../db/queries/metrics/getMetricSeries.ts";

const WINDOW_SECONDS = 7 * 86_400;

/** Days until a node's disk is full, from a week of disk usage, where the node reports its disk total. */
export async function diskFullForecast(
  db: Db,
  chainId: string,
  nodeId: string,
  diskTotalMb: number | null,
  now = new Date(),
): Promise<DaysUntilFull | null> {
  if (!diskTotalMb) return null;
  const { series } = await getMetricSeries(db, chainId, {
    metric: "diskUsageMb",
    from: new Date(now.getTime() - WINDOW_SECONDS * 1000),
    to: now,
  });
  const points = (series.find((s) => s.nodeId === nodeId)?.points ?? []).flatMap((p) =>
    p.v === null ? [] : [{ time: new Date(p.t), value: p.v }],
  );
  return daysUntilFull(points, diskTotalMb, { now });
}
