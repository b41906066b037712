import type { Db } from "../../createPrismaClient.ts";

export const MAX_DELIVERY_ATTEMPTS = 5;

/** Records an attempt: sent, or retried with exponential backoff (5 s, 10 s, 20 s, …) until it gives up. */
export async function recordDeliveryResult(
  db: Db,
  delivery: { id: bigint; attempts: number },
  result: { ok: boolean; status: number | null; error: string | null },
  now: Date,
): Promise<void> {
  const attempts = delivery.attempts + 1;
  const gaveUp = !result.ok && attempts >= MAX_DELIVERY_ATTEMPTS;
  await db.notificationDelivery.update({
    where: { id: delivery.id },
    data: {
      attempts,
      status: result.ok ? "sent" : gaveUp ? "failed" : "pending",
      responseStatus: result.status,
      lastError: result.error,
      sentAt: result.ok ? now : null,
      nextAttemptAt: new Date(now.getTime() + 5000 * 2 ** (attempts - 1)),
    },
  });
}
