import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openDatabase, type Database } from "../../lib/db/openDatabase.ts";
import { fastChain, startSimulators } from "../helpers/simulators.ts";
import { createEmptyPostgresDatabase } from "../helpers/testDatabase.ts";

// Two collector processes on one Postgres database, as two app replicas would run.
const INTERVAL_SECONDS = 2;
const NODES = 4;

/** Starts `npm run collector`'s script and resolves once it says it is collecting. */
async function startCollector(url: string): Promise<ChildProcess> {
  // `node --import tsx`, not the tsx wrapper: one process, so killing it kills the collector.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/collector.ts"], {
    env: { ...process.env, DATABASE_URL: url, CHAINPULSE_COLLECT_CONCURRENCY: "4" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("collecting") && resolve());
    child.on("exit", (code) => reject(new Error(`collector exited with ${code}`)));
  });
  return child;
}

describe("several collectors on one database", () => {
  let empty: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;
  let db: Database;
  let sims: Awaited<ReturnType<typeof startSimulators>>;
  const collectors: ChildProcess[] = [];

  beforeAll(async () => {
    empty = await createEmptyPostgresDatabase();
    db = await openDatabase({ kind: "postgres", url: empty.url });
    sims = await startSimulators(
      Array.from({ length: NODES }, (_, i) => ({ nodeId: `n${i}`, chains: [fastChain(`chain-${i}`)] })),
    );
    for (const [i, node] of sims.nodes.entries()) {
      await db.prisma.node.create({
        data: { name: `n${i}`, url: node.url, protocol: "aitbc", intervalSeconds: INTERVAL_SECONDS },
      });
    }
  });
  afterAll(async () => {
    for (const child of collectors) child.kill("SIGKILL");
    await sims.stop();
    await db.close();
    await empty.drop();
  });

  const runs = () =>
    db.prisma.collectionRun.findMany({ orderBy: { startedAt: "asc" }, include: { node: { select: { name: true } } } });

  test("each node is collected once per interval, and a survivor takes over a dead replica's nodes", async () => {
    collectors.push(...(await Promise.all([startCollector(empty.url), startCollector(empty.url)])));
    await sleep(4 * INTERVAL_SECONDS * 1000 + 1000);

    const before = await runs();
    const byNode = new Map<string, typeof before>();
    for (const run of before) byNode.set(run.node.name, [...(byNode.get(run.node.name) ?? []), run]);
    expect(byNode.size).toBe(NODES);
    for (const [, nodeRuns] of byNode) {
      expect(nodeRuns.length).toBeGreaterThanOrEqual(3);
      // Never twice in one interval: consecutive collections of a node start an interval apart.
      for (let i = 1; i < nodeRuns.length; i++) {
        const gap = nodeRuns[i]!.startedAt.getTime() - nodeRuns[i - 1]!.startedAt.getTime();
        expect(gap).toBeGreaterThanOrEqual(INTERVAL_SECONDS * 1000 - 50);
      }
    }

    collectors[0]!.kill("SIGKILL");
    const killedAt = Date.now();
    await sleep(2 * INTERVAL_SECONDS * 1000 + 1500);
    const after = (await runs()).filter((run) => run.startedAt.getTime() > killedAt);
    const survivors = new Set(after.map((run) => run.node.name));
    expect(survivors.size).toBe(NODES);
    const owners = await db.prisma.node.findMany({ select: { claimedBy: true } });
    expect(new Set(owners.map((node) => node.claimedBy)).size).toBe(1);
  });
});
