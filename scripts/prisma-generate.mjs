// `prisma generate` downloads the schema engine unless PRISMA_SCHEMA_ENGINE_BINARY names an
// existing file. Generating the client needs no engine (Prisma 7 runs on driver adapters),
// and this environment cannot download, so point the variable at a file that is always there.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const result = spawnSync("prisma", ["generate"], {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url), CHECKPOINT_DISABLE: "1" },
});
process.exit(result.status ?? 1);
