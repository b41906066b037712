import { conflict } from "../../../api/problems.ts";
import type { AlertDto } from "../../../api/schemas/alerts.ts";
import type { Db } from "../../createPrismaClient.ts";
import { getAlert } from "./getAlert.ts";

/** Silenced until a time, with a reason: no firing notifications until then; the alert itself goes on. */
export async function silenceAlert(db: Db, id: string, until: Date, reason: string): Promise<AlertDto> {
  const alert = await getAlert(db, id);
  if (alert.state === "resolved") throw conflict("a resolved alert cannot be silenced");
  await db.alert.update({ where: { id }, data: { silencedUntil: until, silenceReason: reason } });
  return getAlert(db, id);
}
