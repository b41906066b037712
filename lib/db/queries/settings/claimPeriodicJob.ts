import type { Db } from "../../createPrismaClient.ts";

/**
 * Claims a periodic job for this run: true for exactly one process per period, however many
 * replicas ask (the claim is one conditional UPDATE on a settings row).
 */
export async function claimPeriodicJob(db: Db, job: string, periodSeconds: number, now = new Date()): Promise<boolean> {
  const key = `job:${job}:last_run`;
  await db.$executeRaw`INSERT INTO settings (key, value) VALUES (${key}, '1970-01-01T00:00:00Z') ON CONFLICT (key) DO NOTHING`;
  const claimed = await db.$executeRaw`
    UPDATE settings SET value = ${now.toISOString()}, updated_at = ${now}
    WHERE key = ${key} AND value::timestamptz <= ${now}::timestamptz - make_interval(secs => ${periodSeconds})`;
  return claimed === 1;
}
