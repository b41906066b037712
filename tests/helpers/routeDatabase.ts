import type { Database } from "../../lib/db/openDatabase.ts";

/** Points route handlers and server code (which use getDatabase()) at a test database. */
export function useDatabaseForRoutes(database: Database): void {
  (globalThis as unknown as { chainpulseDatabase?: Promise<Database> }).chainpulseDatabase = Promise.resolve(database);
  (globalThis as unknown as { chainpulseScheduler?: unknown }).chainpulseScheduler = undefined;
}
