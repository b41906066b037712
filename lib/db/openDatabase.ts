import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { createPrismaClient, type Db } from "./createPrismaClient.ts";
import { applyMigrations, type SqlRunner } from "./migrate.ts";

export type DatabaseTarget =
  { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string | null /* null = in memory */ };

export interface Database {
  kind: DatabaseTarget["kind"];
  prisma: Db;
  /** Runs a multi-statement SQL script outside Prisma (migrations, test setup). */
  sql: SqlRunner;
  close(): Promise<void>;
}

/** Opens a database, applies pending migrations and returns a ready client. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  const database = target.kind === "postgres" ? openPostgres(target.url) : await openPglite(target.dataDir);
  try {
    await applyMigrations(database.sql);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection dropped by the server (a restart, a terminated backend) must not crash the
  // process: the pool discards it and opens a new one on the next query.
  pool.on("error", (error) => console.warn(`[db] idle connection lost: ${error.message}`));
  const prisma = createPrismaClient(new PrismaPg(pool));
  return {
    kind: "postgres",
    prisma,
    sql: {
      exec: async (script) => {
        const client = await pool.connect();
        try {
          await client.query(script);
        } catch (error) {
          // A script that opened a transaction leaves it aborted on this connection.
          await client.query("ROLLBACK").catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      },
      withLock: async (work) => {
        // A session-level advisory lock keeps two processes from migrating at once.
        const client = await pool.connect();
        try {
          await client.query("SELECT pg_advisory_lock(72707369)");
          return await work();
        } finally {
          await client.query("SELECT pg_advisory_unlock(72707369)").catch(() => undefined);
          client.release();
        }
      },
      query: async (text, params = []) => (await pool.query(text, params)).rows,
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

async function openPglite(dataDir: string | null): Promise<Database> {
  if (dataDir) mkdirSync(path.resolve(dataDir), { recursive: true });
  const client = dataDir ? new PGlite(path.resolve(dataDir)) : new PGlite();
  await client.waitReady;
  const prisma = createPrismaClient(new PrismaPGlite(client));
  return {
    kind: "pglite",
    prisma,
    sql: {
      exec: async (script) => {
        try {
          await client.exec(script);
        } catch (error) {
          await client.exec("ROLLBACK").catch(() => undefined);
          throw error;
        }
      },
      // One process owns a PGlite folder, so there is nobody to lock against.
      withLock: (work) => work(),
      query: async (text, params = []) => (await client.query(text, params)).rows as Record<string, unknown>[],
    },
    close: async () => {
      await prisma.$disconnect();
      if (!client.closed) await client.close();
    },
  };
}
