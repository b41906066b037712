import { conflict } from "../../../api/problems.ts";
import type { AlertDto } from "../../../api/schemas/alerts.ts";
import type { Db } from "../../createPrismaClient.ts";
import { getAlert } from "./getAlert.ts";

/** Acknowledged: someone is on it, so a firing alert is not re-notified (its resolve still is). */
export async function acknowledgeAlert(db: Db, id: string, by: string, now = new Date()): Promise<AlertDto> {
  const alert = await getAlert(db, id);
  if (alert.state === "resolved") throw conflict("a resolved alert cannot be acknowledged");
  await db.alert.update({ where: { id }, data: { acknowledgedAt: now, acknowledgedBy: by } });
  return getAlert(db, id);
}
