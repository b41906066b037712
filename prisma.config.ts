import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this: migrations are applied by lib/db/migrate.ts
// because Prisma's migrate engine is a download this environment cannot make.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
