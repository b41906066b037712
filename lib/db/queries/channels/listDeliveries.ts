import type { DeliveryDto } from "../../../api/schemas/channels.ts";
import type { Db } from "../../createPrismaClient.ts";

/** The delivery log, newest first. */
export async function listDeliveries(db: Db, channelId?: string, limit = 100): Promise<DeliveryDto[]> {
  const rows = await db.notificationDelivery.findMany({
    where: channelId ? { channelId } : {},
    orderBy: { id: "desc" },
    take: limit,
  });
  return rows.map((row) => ({
    id: row.id.toString(),
    channelId: row.channelId,
    alertId: row.alertId,
    event: row.event,
    status: row.status,
    attempts: row.attempts,
    responseStatus: row.responseStatus,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  }));
}
