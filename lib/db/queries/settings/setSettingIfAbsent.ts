import type { Db } from "../../createPrismaClient.ts";

/** Stores a setting unless one exists; returns whether this call stored it (first writer wins). */
export async function setSettingIfAbsent(db: Db, key: string, value: string): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO settings (key, value) VALUES (${key}, ${value}) ON CONFLICT (key) DO NOTHING`;
  return inserted === 1;
}
