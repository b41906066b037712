import { alertMessage } from "../analytics/alerts/alertMessage.ts";
import type { Comparison } from "../analytics/alerts/alertMetrics.ts";
import { alertKey, nextAlertStep, type AlertStep } from "../analytics/alerts/nextAlertStep.ts";
import { observe } from "../analytics/alerts/observe.ts";
import { computeHealth } from "../analytics/health.ts";
import type { Db } from "../db/createPrismaClient.ts";
import { applyAlertStep } from "../db/queries/alerts/applyAlertStep.ts";
import { listEnabledRules } from "../db/queries/alerts/listEnabledRules.ts";
import { listOpenAlerts } from "../db/queries/alerts/listOpenAlerts.ts";
import { loadChainSnapshot } from "../db/queries/alerts/loadChainSnapshot.ts";
import { recordHealth } from "../db/queries/health/recordHealth.ts";
import { enqueueAlertNotifications } from "../db/queries/notifications/enqueueAlertNotifications.ts";

/**
 * After a collection: the chain's health (stored, so it has a history) and every enabled rule's
 * alerts moved one lifecycle step, with notifications queued for firing and resolve.
 * The decisions are pure functions (analytics); this only loads, applies and saves.
 */
export async function evaluateChain(db: Db, chainId: string, now = new Date()): Promise<void> {
  const [snapshot, rules, open] = await Promise.all([
    loadChainSnapshot(db, chainId),
    listEnabledRules(db),
    listOpenAlerts(db, chainId),
  ]);
  const newest = [...snapshot.samples].sort((a, b) => b.time.getTime() - a.time.getTime())[0];
  const health = computeHealth({
    tps: newest?.metrics.tps ?? null,
    avgBlockTime: newest?.metrics.avgBlockTime ?? null,
    activeNodes: newest?.metrics.activeNodes ?? null,
    memoryUsageMb: newest?.metrics.memoryUsageMb ?? null,
  });
  await recordHealth(db, chainId, now, health);

  const nodeNames = new Map(snapshot.nodes.map((node) => [node.nodeId, node.name]));
  const seen = new Set<string>();
  for (const rule of rules) {
    const comparison = rule.comparison as Comparison;
    for (const observation of observe(rule, snapshot, now)) {
      const key = alertKey(rule.id, observation);
      seen.add(key);
      const episode = open.get(key);
      const step = nextAlertStep({ comparison, forSeconds: rule.forSeconds }, observation, episode, now);
      const nodeName = observation.nodeId ? (nodeNames.get(observation.nodeId) ?? null) : null;
      await apply(
        db,
        step,
        {
          key,
          ruleId: rule.id,
          chainId,
          nodeId: observation.nodeId,
          severity: rule.severity,
          message: alertMessage(
            { ...rule, comparison },
            snapshot.name,
            nodeName,
            observation.value,
            observation.threshold,
          ),
          value: observation.value,
          threshold: observation.threshold,
          now,
        },
        episode?.state === "firing" ? episode.id : null,
      );
    }
  }
  // Episodes nothing observed any more (rule disabled or deleted, node removed) end like a cleared condition.
  for (const [key, episode] of open) {
    if (seen.has(key)) continue;
    const step: AlertStep = { kind: episode.state === "firing" ? "resolve" : "cancel" };
    await apply(
      db,
      step,
      {
        key,
        ruleId: episode.ruleId,
        chainId,
        nodeId: episode.nodeId,
        severity: "info",
        message: "",
        value: null,
        threshold: null,
        now,
      },
      null,
    );
  }
}

async function apply(db: Db, step: AlertStep, context: Parameters<typeof applyAlertStep>[2], firingId: string | null) {
  const change = await applyAlertStep(db, step, context);
  if (change) await enqueueAlertNotifications(db, change.alertId, change.event, context.now);
  // A firing alert still holding is re-notified once each channel's repeat interval has passed.
  else if (step.kind === "hold" && firingId) await enqueueAlertNotifications(db, firingId, "firing", context.now, true);
}
