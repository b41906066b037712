// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded
// database in CHAINPULSE_DATA_DIR. The app also migrates at start-up, so this is for
// deploys that want the schema ready first. PGlite allows one process per folder: stop the app first.
import { readMigrations } from "../lib/db/migrate.ts";
import { databaseTargetFromEnv } from "../lib/db/getDatabase.ts";
import { openDatabase } from "../lib/db/openDatabase.ts";

const target = databaseTargetFromEnv();
const database = await openDatabase(target);
const rows = await database.sql.query(
  `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
);
const known = (await readMigrations()).length;
console.log(
  `${target.kind === "postgres" ? "Postgres" : `PGlite (${target.dataDir})`}: ${rows.length} of ${known} migrations applied.`,
);
await database.close();
