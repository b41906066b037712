import { getEnv } from "../env.ts";
import { openDatabase, type Database, type DatabaseTarget } from "./openDatabase.ts";

// One database per process, shared by route handlers, server actions and the collector loop.
const holder = globalThis as unknown as { chainpulseDatabase?: Promise<Database> };

export function databaseTargetFromEnv(): DatabaseTarget {
  const env = getEnv();
  return env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL }
    : { kind: "pglite", dataDir: env.CHAINPULSE_DATA_DIR };
}

export function getDatabase(): Promise<Database> {
  holder.chainpulseDatabase ??= openDatabase(databaseTargetFromEnv()).catch((error: unknown) => {
    holder.chainpulseDatabase = undefined;
    throw error;
  });
  return holder.chainpulseDatabase;
}
