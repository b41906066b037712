import type { Db } from "../db/createPrismaClient.ts";
import { errorMessage } from "../errorMessage.ts";
import { deliverPending } from "./deliverPending.ts";

const DELIVERY_TICK_MS = 1000;

/** Sends queued notifications every second; safe in several processes (deliveries are claimed). Returns a stop function. */
export function startDeliveryWorker(db: Db): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    deliverPending(db)
      .catch((error: unknown) => console.error(`[notify] delivering failed: ${errorMessage(error)}`))
      .finally(() => {
        busy = false;
      });
  }, DELIVERY_TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
