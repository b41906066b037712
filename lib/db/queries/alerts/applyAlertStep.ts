import type { AlertStep } from "../../../analytics/alerts/nextAlertStep.ts";
import type { Db } from "../../createPrismaClient.ts";

export interface StepContext {
  key: string;
  ruleId: string;
  chainId: string;
  nodeId: string | null;
  severity: "info" | "warning" | "critical";
  message: string;
  value: number | null;
  threshold: number | null;
  now: Date;
}

/**
 * Writes one lifecycle step. Every write is conditional on the state it expects, and an open
 * episode is unique by key, so two evaluators racing on one chain cannot duplicate or
 * double-transition an alert. Returns the alert id and the event to notify, if any.
 */
export async function applyAlertStep(
  db: Db,
  step: AlertStep,
  context: StepContext,
): Promise<{ alertId: string; event: "firing" | "resolved" } | null> {
  const { key, now } = context;
  const live = { value: context.value, threshold: context.threshold, message: context.message, lastEvaluatedAt: now };
  switch (step.kind) {
    case "none":
      return null;
    case "open": {
      const rows = await db.$queryRaw<{ id: string }[]>`
        INSERT INTO alerts (rule_id, chain_id, node_id, open_key, state, severity, message, value, threshold,
          started_at, fired_at, last_evaluated_at)
        VALUES (${context.ruleId}::uuid, ${context.chainId}, ${context.nodeId}::uuid, ${key}, ${step.state}::"AlertState",
          ${context.severity}::"Severity", ${context.message}, ${context.value}, ${context.threshold},
          ${now}, ${step.state === "firing" ? now : null}, ${now})
        ON CONFLICT (open_key) DO NOTHING RETURNING id`;
      const id = rows[0]?.id;
      return id && step.state === "firing" ? { alertId: id, event: "firing" } : null;
    }
    case "fire": {
      const alert = await db.alert.findUnique({ where: { openKey: key }, select: { id: true } });
      if (!alert) return null;
      const { count } = await db.alert.updateMany({
        where: { id: alert.id, state: "pending" },
        data: { ...live, state: "firing", firedAt: now },
      });
      return count === 1 ? { alertId: alert.id, event: "firing" } : null;
    }
    case "hold":
      await db.alert.updateMany({ where: { openKey: key }, data: live });
      return null;
    case "resolve":
    case "cancel": {
      const alert = await db.alert.findUnique({ where: { openKey: key }, select: { id: true } });
      if (!alert) return null;
      const from = step.kind === "resolve" ? "firing" : "pending";
      const { count } = await db.alert.updateMany({
        where: { id: alert.id, state: from },
        // The episode keeps what it fired with; only its state and end change.
        data: { state: "resolved", resolvedAt: now, openKey: null, lastEvaluatedAt: now },
      });
      return count === 1 && step.kind === "resolve" ? { alertId: alert.id, event: "resolved" } : null;
    }
  }
}
