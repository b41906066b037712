import type { Db } from "../../createPrismaClient.ts";
import { Prisma } from "../../generated/client.ts";
import { loadAlertEvent } from "./loadAlertEvent.ts";

/**
 * Queues one delivery per enabled channel for an alert's state change. A firing alert that is
 * silenced is recorded but not sent; resolves are always sent so a channel never keeps a stale
 * firing message. `repeat` queues only for channels whose repeat interval has passed.
 */
export async function enqueueAlertNotifications(
  db: Db,
  alertId: string,
  event: "firing" | "resolved",
  now: Date,
  repeat = false,
): Promise<number> {
  const alert = await db.alert.findUniqueOrThrow({
    where: { id: alertId },
    select: { silencedUntil: true, acknowledgedAt: true },
  });
  const silenced = alert.silencedUntil !== null && alert.silencedUntil > now;
  if (event === "firing" && (silenced || (repeat && alert.acknowledgedAt))) return 0;
  const payload = JSON.stringify(await loadAlertEvent(db, alertId, event, now));
  const repeatFilter = repeat
    ? Prisma.sql`AND c.repeat_interval_seconds > 0 AND NOT EXISTS (
        SELECT 1 FROM notification_deliveries d WHERE d.channel_id = c.id AND d.alert_id = ${alertId}::uuid
          AND d.created_at > ${now}::timestamptz - make_interval(secs => c.repeat_interval_seconds))`
    : Prisma.empty;
  const queued = await db.$executeRaw`
    INSERT INTO notification_deliveries (channel_id, alert_id, event, payload, next_attempt_at, created_at)
    SELECT c.id, ${alertId}::uuid, ${event}, ${payload}::jsonb, ${now}, ${now}
    FROM notification_channels c WHERE c.enabled ${repeatFilter}`;
  if (queued > 0) await db.alert.update({ where: { id: alertId }, data: { lastNotifiedAt: now } });
  return queued;
}
