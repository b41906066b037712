import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Scheduler } from "../../lib/collector/scheduler.ts";
import { FAULTS, startMisbehavingServer, type Fault } from "../helpers/misbehavingServer.ts";
import { fastChain, startSimulators } from "../helpers/simulators.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

// Generous on purpose: a loaded 2-core CI machine runs this beside Anvil and litecoind. The point is
// that one node's fault costs at most that node's own timeout, not that anything is fast.
const TIMEOUT_MS = 4000;

const EXPECTED_ERRORS: Record<Fault | "refused", RegExp> = {
  refused: /unreachable/,
  hang: /did not answer within 4000 ms/,
  slow: /did not answer within 4000 ms/,
  http500: /answered HTTP 500/,
  html: /did not answer JSON/,
  "wrong-types": /did not list supported_chains/,
  absurd: /height/,
  huge: /larger than/,
};

describe("faults stay local", () => {
  let db: TestDatabase;
  let broken: Awaited<ReturnType<typeof startMisbehavingServer>>;
  let sims: Awaited<ReturnType<typeof startSimulators>>;
  let results: Awaited<ReturnType<Scheduler["collectNow"]>>;

  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    broken = await startMisbehavingServer(TIMEOUT_MS + 1000);
    sims = await startSimulators([{ nodeId: "healthy", chains: [fastChain("ait-devnet")] }]);
    const nodes = [
      { name: "healthy", url: sims.nodes[0]!.url },
      { name: "refused", url: "http://127.0.0.1:9/" },
      ...FAULTS.map((fault) => ({ name: fault, url: broken.urlFor(fault) })),
    ];
    await db.prisma.node.createMany({
      data: nodes.map((n) => ({ ...n, protocol: "aitbc" as const, timeoutMs: TIMEOUT_MS })),
    });
    const scheduler = new Scheduler(db.prisma, { concurrency: 16 });
    results = await scheduler.collectNow();
    await scheduler.collectNow();
    await scheduler.collectNow();
  });
  afterAll(async () => {
    await broken.close();
    await sims.stop();
    await db.destroy();
  });

  test("the healthy node is collected, and not slowed beyond its own time by the others", () => {
    const healthy = results.find((r) => r.nodeName === "healthy")!;
    expect(healthy.outcome).toBe("ok");
    expect(healthy.durationMs).toBeLessThan(TIMEOUT_MS / 2);
  });

  test.each(Object.entries(EXPECTED_ERRORS))("%s: recorded with a clear error", async (name, pattern) => {
    const node = await db.prisma.node.findUniqueOrThrow({ where: { name } });
    expect(node.lastError).toMatch(pattern);
    expect(node.lastError!.length).toBeLessThanOrEqual(500);
    const result = results.find((r) => r.nodeName === name)!;
    // A node's own timeout bounds it: nobody waits longer than that for one node.
    expect(result.durationMs).toBeLessThan(TIMEOUT_MS + 1500);
  });

  test("nodes that fail every time are down after three collections; absurd heads count as no answer", async () => {
    const nodes = await db.prisma.node.findMany({ select: { name: true, status: true } });
    const status = Object.fromEntries(nodes.map((n) => [n.name, n.status]));
    expect(status).toEqual({
      healthy: "up",
      refused: "down",
      hang: "down",
      slow: "down",
      http500: "down",
      html: "down",
      "wrong-types": "down",
      huge: "down",
      absurd: "down",
    });
  });

  test("absurd values never reach the database", async () => {
    const samples = await db.prisma.metricSample.findMany({ include: { node: { select: { name: true } } } });
    expect(new Set(samples.map((s) => s.node.name))).toEqual(new Set(["healthy"]));
    const runs = await db.prisma.collectionRun.count();
    expect(runs).toBe(3 * (2 + FAULTS.length));
  });
});
