import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../../lib/db/openDatabase.ts";
import { assertLocalDatabase } from "./assertLocalDatabase.ts";

export type Backend = "postgres" | "pglite";
export const BACKENDS: Backend[] = ["postgres", "pglite"];

/** The server the Postgres tests create their databases on. */
export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase extends Database {
  /** Closes the client and, on Postgres, drops the database. */
  destroy(): Promise<void>;
}

/** A fresh, migrated database of the given backend: its own Postgres database, or an in-memory PGlite. */
export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === "pglite") {
    const database = await openDatabase({ kind: "pglite", dataDir: null });
    return { ...database, destroy: () => database.close() };
  }
  const empty = await createEmptyPostgresDatabase();
  const database = await openDatabase({ kind: "postgres", url: empty.url });
  return {
    ...database,
    destroy: async () => {
      await database.close();
      await empty.drop();
    },
  };
}

export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  assertLocalDatabase(ADMIN_URL);
  const name = `chainpulse_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
