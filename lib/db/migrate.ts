import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export interface SqlRunner {
  exec(script: string): Promise<void>;
  query(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  withLock<T>(work: () => Promise<T>): Promise<T>;
}

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

// The table Prisma Migrate keeps, so `prisma migrate status` reads our history.
const CREATE_HISTORY = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/** Applies pending migrations in order, each in its own transaction; returns the names applied. */
export async function applyMigrations(runner: SqlRunner, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await readMigrations(dir);
  return runner.withLock(async () => {
    await runner.exec(CREATE_HISTORY);
    const rows = await runner.query(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [String(row.migration_name), String(row.checksum)]));
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was changed after it was applied; add a new migration instead.`);
        }
        continue;
      }
      await applyOne(runner, migration);
      done.push(migration.name);
    }
    return done;
  });
}

async function applyOne(runner: SqlRunner, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  const quoted = (value: string) => `'${value.replace(/'/g, "''")}'`;
  // The script and its history row commit together, so a failure leaves no trace to clean up.
  const script = [
    "BEGIN;",
    migration.sql,
    `;INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
      VALUES (${quoted(id)}, ${quoted(migration.checksum)}, ${quoted(migration.name)}, now(), now(), 1);`,
    "COMMIT;",
  ].join("\n");
  try {
    await runner.exec(script);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${migration.name} failed: ${reason}`);
  }
}
