import type { Db } from "../../createPrismaClient.ts";

export interface DueDelivery {
  id: bigint;
  attempts: number;
  event: string;
  payload: unknown;
  kind: "generic" | "slack" | "discord";
  url: string;
}

/** Claims deliveries that are due (SKIP LOCKED; the claim pushes the next attempt a minute out, so a crash retries). */
export function claimDueDeliveries(db: Db, limit: number): Promise<DueDelivery[]> {
  return db.$queryRaw<DueDelivery[]>`
    WITH claimed AS (
      UPDATE notification_deliveries SET next_attempt_at = now() + interval '60 seconds'
      WHERE id IN (
        SELECT id FROM notification_deliveries WHERE status = 'pending' AND next_attempt_at <= now()
        ORDER BY next_attempt_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
      )
      RETURNING id, attempts, event, payload, channel_id
    )
    SELECT claimed.id, claimed.attempts, claimed.event, claimed.payload, c.kind::text AS kind, c.url
    FROM claimed JOIN notification_channels c ON c.id = claimed.channel_id`;
}
