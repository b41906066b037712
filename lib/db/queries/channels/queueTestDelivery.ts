import { notFound } from "../../../api/problems.ts";
import type { AlertEvent } from "../../../notify/alertEvent.ts";
import type { Db } from "../../createPrismaClient.ts";

/** "Send test": a delivery like any other (so it is retried and logged), with no alert behind it. */
export async function queueTestDelivery(db: Db, channelId: string, now = new Date()): Promise<{ deliveryId: string }> {
  const channel = await db.notificationChannel.findUnique({ where: { id: channelId }, select: { id: true } });
  if (!channel) throw notFound(`notification channel ${channelId}`);
  const payload: AlertEvent = { event: "test", alert: null, at: now.toISOString() };
  const delivery = await db.notificationDelivery.create({
    data: { channelId, event: "test", payload: { ...payload } },
  });
  return { deliveryId: delivery.id.toString() };
}
