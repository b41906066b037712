import { mkdtemp, mkdir, rm, writeFile, cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from "../../lib/db/migrate.ts";
import { openDatabase } from "../../lib/db/openDatabase.ts";
import { BACKENDS, createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

describe.each(BACKENDS)("migrations on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
  });
  afterAll(async () => {
    await db.destroy();
  });

  test("every migration is recorded in _prisma_migrations with its checksum", async () => {
    const files = await readMigrations();
    const rows = await db.sql.query(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    expect(rows.map((row) => row.checksum)).toEqual(files.map((file) => file.checksum));
    expect(rows.every((row) => row.finished_at !== null && row.applied_steps_count === 1)).toBe(true);
  });

  test("applying again is a no-op", async () => {
    expect(await applyMigrations(db.sql)).toEqual([]);
    const [row] = await db.sql.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(row?.n).toBe((await readMigrations()).length);
  });

  test("a migration edited after it was applied is refused", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "chainpulse-migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const [first] = await readMigrations(dir);
    await writeFile(path.join(dir, first!.name, "migration.sql"), `${first!.sql}\n-- edited\n`);
    await expect(applyMigrations(db.sql, dir)).rejects.toThrow(/was changed after it was applied/);
    await rm(dir, { recursive: true });
  });

  test("a failing migration leaves no trace and names itself", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "chainpulse-migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await mkdir(path.join(dir, "29990101000000_broken"));
    await writeFile(
      path.join(dir, "29990101000000_broken", "migration.sql"),
      `CREATE TABLE half_done (id int);\nSELECT no_such_function();`,
    );
    await expect(applyMigrations(db.sql, dir)).rejects.toThrow(/29990101000000_broken failed/);
    const tables = await db.sql.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`);
    const recorded = await db.sql.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`,
    );
    expect(tables).toHaveLength(0);
    expect(recorded).toHaveLength(0);
    // And the connection is still usable afterwards.
    expect(await db.prisma.node.count()).toBe(0);
    await rm(dir, { recursive: true });
  });
});

describe("embedded database", () => {
  test("keeps its data in the folder across restarts", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "chainpulse-data-"));
    const first = await openDatabase({ kind: "pglite", dataDir });
    await first.prisma.node.create({ data: { name: "kept", url: "http://127.0.0.1:1", protocol: "aitbc" } });
    await first.close();
    const second = await openDatabase({ kind: "pglite", dataDir });
    expect((await second.prisma.node.findMany()).map((node) => node.name)).toEqual(["kept"]);
    expect(await applyMigrations(second.sql)).toEqual([]);
    await second.close();
    await rm(dataDir, { recursive: true });
  });
});
