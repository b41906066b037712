import type { Db } from "../db/createPrismaClient.ts";
import { claimPeriodicJob } from "../db/queries/settings/claimPeriodicJob.ts";
import { errorMessage } from "../errorMessage.ts";
import { runPredictions, scoreDuePredictions } from "../evaluation/runPredictions.ts";
import { deliverPending } from "../notify/deliverPending.ts";
import { evaluateChain } from "../evaluation/evaluateChain.ts";
import { pruneAlertHistory } from "../db/queries/alerts/pruneAlertHistory.ts";

const TICK_MS = 1000;
const PREDICTION_PERIOD_SECONDS = 300;
const PRUNE_PERIOD_SECONDS = 3600;
const SWEEP_PERIOD_SECONDS = 60;

/**
 * The work besides collection: notifications every second; predictions (and scoring past ones)
 * every 5 minutes and alert-history pruning hourly, each claimed so one replica runs it.
 * Returns a stop function.
 */
export function startBackgroundJobs(db: Db, options: { alertRetentionDays: number }): () => void {
  let busy = false;
  const tick = async () => {
    await deliverPending(db);
    const now = new Date();
    if (await claimPeriodicJob(db, "predictions", PREDICTION_PERIOD_SECONDS, now)) {
      await scoreDuePredictions(db, now);
      await runPredictions(db, now);
    }
    // Chains with open alerts are evaluated even when none of their nodes is collected any more
    // (all disabled or removed), so those alerts resolve instead of firing forever.
    if (await claimPeriodicJob(db, "evaluate-open-alerts", SWEEP_PERIOD_SECONDS, now)) {
      const open = await db.alert.findMany({
        where: { openKey: { not: null } },
        distinct: ["chainId"],
        select: { chainId: true },
      });
      for (const { chainId } of open) await evaluateChain(db, chainId, now);
    }
    if (await claimPeriodicJob(db, "prune-alerts", PRUNE_PERIOD_SECONDS, now)) {
      await pruneAlertHistory(db, options.alertRetentionDays, now);
    }
  };
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    tick()
      .catch((error: unknown) => console.error(`[jobs] ${errorMessage(error)}`))
      .finally(() => {
        busy = false;
      });
  }, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
