import type { AlertDto } from "../../../api/schemas/alerts.ts";
import type { Alert } from "../../generated/client.ts";

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toAlertDto(alert: Alert & { rule: { id: string; name: string } }): AlertDto {
  return {
    id: alert.id,
    rule: { id: alert.rule.id, name: alert.rule.name },
    chainId: alert.chainId,
    nodeId: alert.nodeId,
    state: alert.state,
    severity: alert.severity,
    message: alert.message,
    value: alert.value,
    threshold: alert.threshold,
    startedAt: alert.startedAt.toISOString(),
    firedAt: iso(alert.firedAt),
    resolvedAt: iso(alert.resolvedAt),
    acknowledgedAt: iso(alert.acknowledgedAt),
    acknowledgedBy: alert.acknowledgedBy,
    silencedUntil: iso(alert.silencedUntil),
    silenceReason: alert.silenceReason,
  };
}
