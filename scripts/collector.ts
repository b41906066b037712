// `npm run collector`: a collector process without the web server, for running several
// collectors (or app replicas) on one Postgres database. They share nodes through claims
// in the database, so each node is collected once per interval whichever process runs it.
import { Scheduler } from "../lib/collector/scheduler.ts";
import { getDatabase } from "../lib/db/getDatabase.ts";
import { getEnv } from "../lib/env.ts";
import { startBackgroundJobs } from "../lib/jobs/startBackgroundJobs.ts";

const env = getEnv();
if (!env.DATABASE_URL) {
  console.error("A separate collector needs DATABASE_URL: the embedded database belongs to the app process.");
  process.exit(2);
}
const { prisma } = await getDatabase();
const scheduler = new Scheduler(prisma, {
  concurrency: env.CHAINPULSE_COLLECT_CONCURRENCY,
  log: (message) => console.warn(`[collector] ${message}`),
});
scheduler.start();
const stopJobs = startBackgroundJobs(prisma, { alertRetentionDays: env.CHAINPULSE_ALERT_RETENTION_DAYS });
console.log(`[collector] ${scheduler.owner} collecting`);

const stop = () => {
  scheduler.stop();
  stopJobs();
  void prisma.$disconnect().finally(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
