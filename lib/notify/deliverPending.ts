import type { Db } from "../db/createPrismaClient.ts";
import { claimDueDeliveries } from "../db/queries/notifications/claimDueDeliveries.ts";
import { recordDeliveryResult } from "../db/queries/notifications/recordDeliveryResult.ts";
import { formatPayload, type AlertEvent } from "./alertEvent.ts";
import { sendWebhook } from "./sendWebhook.ts";

/** Sends every delivery that is due, each formatted for its channel's kind; returns how many were tried. */
export async function deliverPending(db: Db, limit = 20): Promise<number> {
  const due = await claimDueDeliveries(db, limit);
  await Promise.all(
    due.map(async (delivery) => {
      const result = await sendWebhook(delivery.url, formatPayload(delivery.kind, delivery.payload as AlertEvent));
      await recordDeliveryResult(db, delivery, result, new Date());
    }),
  );
  return due.length;
}
