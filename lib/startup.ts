import { ensureAdminToken } from "./auth/adminToken.ts";
import { getScheduler } from "./collector/getScheduler.ts";
import { getDatabase } from "./db/getDatabase.ts";
import { getEnv } from "./env.ts";
import { startBackgroundJobs } from "./jobs/startBackgroundJobs.ts";

/** Runs once per server process: migrate, make sure writes have a credential, start collecting. */
export async function startChainPulse(): Promise<void> {
  const env = getEnv();
  const database = await getDatabase();
  console.log(
    `[chainpulse] database: ${database.kind === "postgres" ? "Postgres (DATABASE_URL)" : `embedded PGlite in ${env.CHAINPULSE_DATA_DIR}`}`,
  );
  const token = await ensureAdminToken(database.prisma);
  if (token) {
    console.log(
      [
        "",
        "[chainpulse] Generated an admin token for API writes. It is shown only this once:",
        `    ${token}`,
        "  Use it as `Authorization: Bearer <token>`, or set CHAINPULSE_ADMIN_TOKEN to choose your own.",
        "",
      ].join("\n"),
    );
  }
  if (env.CHAINPULSE_COLLECTOR === "on") {
    (await getScheduler()).start();
    startBackgroundJobs(database.prisma, { alertRetentionDays: env.CHAINPULSE_ALERT_RETENTION_DAYS });
    console.log("[chainpulse] collector running");
  }
}
