import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Scheduler } from "../../lib/collector/scheduler.ts";
import { fastChain, startSimulators } from "../helpers/simulators.ts";
import { BACKENDS, createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

describe.each(BACKENDS)("collector on %s, over HTTP to simulated aitbc nodes", (backend) => {
  let db: TestDatabase;
  let sims: Awaited<ReturnType<typeof startSimulators>>;
  let scheduler: Scheduler;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    const devnet = fastChain("ait-devnet");
    const testnet = fastChain("ait-testnet", 0.7);
    // alpha serves the full API; beta, like a real node, only /health and /rpc/head.
    sims = await startSimulators([
      { nodeId: "alpha", chains: [devnet, testnet] },
      { nodeId: "beta", chains: [devnet], serveStats: false },
    ]);
    const nodes = [
      { name: "alpha", url: sims.nodes[0]!.url },
      { name: "beta", url: sims.nodes[1]!.url },
      { name: "dead", url: "http://127.0.0.1:9" },
    ];
    for (const node of nodes) {
      ids[node.name] = (await db.prisma.node.create({ data: { ...node, protocol: "aitbc", timeoutMs: 1000 } })).id;
    }
    scheduler = new Scheduler(db.prisma, { concurrency: 4 });
    await scheduler.collectNow();
    await sleep(1200);
    await scheduler.collectNow();
  });
  afterAll(async () => {
    await sims.stop();
    await db.destroy();
  });

  const samplesOf = (name: string) =>
    db.prisma.metricSample.findMany({ where: { nodeId: ids[name] }, orderBy: [{ time: "asc" }, { chainId: "asc" }] });

  test("a node with the full API gives every field, per chain", async () => {
    const samples = await samplesOf("alpha");
    expect(samples.map((s) => s.chainId)).toEqual(["ait-devnet", "ait-testnet", "ait-devnet", "ait-testnet"]);
    for (const sample of samples) {
      expect(sample.tps).toBeGreaterThan(0);
      expect(sample.avgBlockTime).toBeGreaterThan(0);
      expect(sample.gasPrice?.toFixed(0)).toMatch(/^\d{10,}$/);
      expect(sample.memoryUsageMb).not.toBeNull();
      expect(sample.networkInMb).not.toBeNull();
      expect(sample.activeNodes).toBe(1);
    }
  });

  test("a node with only /health and /rpc/head: rates derived from successive heads, the rest null", async () => {
    const [first, second] = await samplesOf("beta");
    expect(first).toMatchObject({ chainId: "ait-devnet", tps: null, avgBlockTime: null, gasPrice: null });
    expect(second!.blockHeight! > first!.blockHeight!).toBe(true);
    // 0.5 s blocks with ±20 % jitter.
    expect(second!.avgBlockTime).toBeGreaterThan(0.35);
    expect(second!.avgBlockTime).toBeLessThan(0.65);
    expect(second!.tps).toBeGreaterThanOrEqual(0);
    expect(second).toMatchObject({ memoryUsageMb: null, activeNodes: null, clientCount: null, networkInMb: null });
  });

  test("a node that is down is recorded with its error and never stops the others", async () => {
    const dead = await db.prisma.node.findUniqueOrThrow({ where: { id: ids.dead } });
    expect(dead.status).toBe("degraded");
    expect(dead.consecutiveFailures).toBe(2);
    expect(dead.lastError).toMatch(/unreachable/);
    expect(await samplesOf("dead")).toHaveLength(0);
    await scheduler.collectNow([ids.dead!]);
    expect((await db.prisma.node.findUniqueOrThrow({ where: { id: ids.dead } })).status).toBe("down");
    const runs = await db.prisma.collectionRun.groupBy({ by: ["nodeId", "outcome"], _count: true });
    expect(runs).toEqual(
      expect.arrayContaining([
        { nodeId: ids.alpha, outcome: "ok", _count: 2 },
        { nodeId: ids.beta, outcome: "ok", _count: 2 },
        { nodeId: ids.dead, outcome: "failed", _count: 3 },
      ]),
    );
  });

  test("chains are found from the nodes, with each node's lag behind the chain head", async () => {
    const chains = await db.prisma.chain.findMany({ orderBy: { id: "asc" } });
    expect(chains.map((c) => [c.id, c.type])).toEqual([
      ["ait-devnet", "aitbc"],
      ["ait-testnet", "aitbc"],
    ]);
    const links = await db.prisma.nodeChain.findMany({ where: { chainId: "ait-devnet" } });
    expect(links).toHaveLength(2);
    const head = links.reduce((max, link) => (link.headHeight! > max ? link.headHeight! : max), 0n);
    for (const link of links) expect(link.lagBlocks).toBeGreaterThanOrEqual(0n);
    expect(links.some((link) => link.headHeight === head)).toBe(true);
  });

  test("the scheduler collects due nodes by itself", async () => {
    const before = await db.prisma.collectionRun.count({ where: { nodeId: ids.alpha } });
    await db.prisma.node.update({ where: { id: ids.alpha }, data: { nextDueAt: new Date(0) } });
    await scheduler.tick();
    await expect
      .poll(() => db.prisma.collectionRun.count({ where: { nodeId: ids.alpha } }), { timeout: 5000 })
      .toBe(before + 1);
    // Not due again until its interval has passed.
    await scheduler.tick();
    await sleep(300);
    expect(await db.prisma.collectionRun.count({ where: { nodeId: ids.alpha } })).toBe(before + 1);
  });
});
