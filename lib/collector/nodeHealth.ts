export type NodeStatus = "unknown" | "up" | "degraded" | "down";
export type CollectionOutcome = "ok" | "partial" | "failed";

export const DOWN_AFTER_FAILURES = 3;
const MAX_BACKOFF_SECONDS = 300;

/** A collection that used more than this share of the node's timeout counts as slow. */
export const SLOW_SHARE_OF_TIMEOUT = 0.5;

/**
 * Status after a collection: down only after several failures in a row, so one blip is not an
 * outage; degraded while it fails, answers partly, or answers slowly.
 */
export function nextNodeHealth(
  outcome: CollectionOutcome,
  previousFailures: number,
  timing: { durationMs: number; timeoutMs: number } = { durationMs: 0, timeoutMs: Infinity },
): { status: NodeStatus; consecutiveFailures: number } {
  if (outcome === "failed") {
    const consecutiveFailures = previousFailures + 1;
    return { status: consecutiveFailures >= DOWN_AFTER_FAILURES ? "down" : "degraded", consecutiveFailures };
  }
  const slow = timing.durationMs > timing.timeoutMs * SLOW_SHARE_OF_TIMEOUT;
  return { status: outcome === "ok" && !slow ? "up" : "degraded", consecutiveFailures: 0 };
}

/**
 * When a node is next due after a collection that started at `startedAt`: one interval later
 * (from the start, so the cadence does not drift by the collection's duration), stretched by
 * capped exponential backoff while it fails.
 */
export function nextDueAt(node: { startedAt: Date; intervalSeconds: number; consecutiveFailures: number }): Date {
  const backoff = Math.min(2 ** Math.max(0, node.consecutiveFailures - 1), MAX_BACKOFF_SECONDS / node.intervalSeconds);
  const seconds = node.intervalSeconds * Math.max(1, backoff);
  return new Date(node.startedAt.getTime() + seconds * 1000);
}
