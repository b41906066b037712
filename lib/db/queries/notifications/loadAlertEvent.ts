import type { AlertEvent } from "../../../notify/alertEvent.ts";
import type { Db } from "../../createPrismaClient.ts";

export async function loadAlertEvent(
  db: Db,
  alertId: string,
  event: "firing" | "resolved",
  now: Date,
): Promise<AlertEvent> {
  const alert = await db.alert.findUniqueOrThrow({
    where: { id: alertId },
    include: { rule: { select: { name: true } } },
  });
  return {
    event,
    at: now.toISOString(),
    alert: {
      id: alert.id,
      rule: alert.rule.name,
      severity: alert.severity,
      state: alert.state,
      chainId: alert.chainId,
      nodeId: alert.nodeId,
      message: alert.message,
      value: alert.value,
      threshold: alert.threshold,
      startedAt: alert.startedAt.toISOString(),
      firedAt: alert.firedAt?.toISOString() ?? null,
      resolvedAt: alert.resolvedAt?.toISOString() ?? null,
    },
  };
}
