import { getDatabase } from "../db/getDatabase.ts";
import { getEnv } from "../env.ts";
import { Scheduler } from "./scheduler.ts";

// One scheduler per process, shared by the background loop and "collect now".
const holder = globalThis as unknown as { chainpulseScheduler?: Promise<Scheduler> };

export function getScheduler(): Promise<Scheduler> {
  holder.chainpulseScheduler ??= getDatabase().then(
    ({ prisma }) =>
      new Scheduler(prisma, {
        concurrency: getEnv().CHAINPULSE_COLLECT_CONCURRENCY,
        log: (message) => console.warn(`[collector] ${message}`),
      }),
  );
  return holder.chainpulseScheduler;
}
