import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Scheduler } from "../../lib/collector/scheduler.ts";
import { listNodes } from "../../lib/db/queries/nodes/listNodes.ts";
import { rpc, sendTransactionStream, startAnvil, toHex, type RunningAnvil } from "../helpers/anvil.ts";
import { startLitecoinNodes, type LitecoindNode } from "../helpers/litecoind.ts";
import { startMisbehavingServer } from "../helpers/misbehavingServer.ts";
import { fastChain, startSimulators } from "../helpers/simulators.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

// Every protocol at once, through the real scheduler: Anvil, two peered litecoind nodes, two
// aitbc simulators and a misbehaving server, collected every 2 s for about five intervals.
const INTERVAL_SECONDS = 2;

describe("all protocols together", () => {
  let db: TestDatabase;
  let anvil: RunningAnvil;
  let litecoin: LitecoindNode[];
  let sims: Awaited<ReturnType<typeof startSimulators>>;
  let broken: Awaited<ReturnType<typeof startMisbehavingServer>>;
  let scheduler: Scheduler;

  beforeAll(async () => {
    [db, anvil, litecoin, sims, broken] = await Promise.all([
      createTestDatabase("postgres"),
      startAnvil(),
      startLitecoinNodes(2),
      startSimulators([
        { nodeId: "a", chains: [fastChain("ait-devnet")] },
        { nodeId: "b", chains: [fastChain("ait-testnet")], serveStats: false },
      ]),
      startMisbehavingServer(100),
    ]);
    await litecoin[0]!.rpc("createwallet", ["w"]);
    const address = await litecoin[0]!.rpc<string>("getnewaddress");
    await litecoin[0]!.rpc("generatetoaddress", [101, address]);
    const nodes = [
      { name: "anvil", url: anvil.url, protocol: "evm" as const },
      ...litecoin.map((node, i) => ({
        name: `ltc-${i}`,
        url: node.url,
        protocol: "bitcoin" as const,
        credentials: JSON.stringify({ username: node.username, password: node.password }),
      })),
      { name: "sim-a", url: sims.nodes[0]!.url, protocol: "aitbc" as const },
      { name: "sim-b", url: sims.nodes[1]!.url, protocol: "aitbc" as const },
      { name: "broken", url: broken.urlFor("http500"), protocol: "aitbc" as const },
    ];
    await db.prisma.node.createMany({
      data: nodes.map((n) => ({ ...n, intervalSeconds: INTERVAL_SECONDS, timeoutMs: 5000 })),
    });

    scheduler = new Scheduler(db.prisma, { concurrency: 8, tickMs: 250 });
    scheduler.start();
    const traffic = sendTransactionStream(anvil.url, { durationMs: 10_000, perSecond: 15 });
    const mining = (async () => {
      for (let i = 0; i < 7; i++) {
        await litecoin[0]!
          .rpc("sendtoaddress", [await litecoin[1]!.rpc("getnewaddress", []).catch(() => address), 0.1])
          .catch(() => undefined);
        await litecoin[0]!.rpc("generatetoaddress", [1, address]);
        await sleep(1500);
      }
    })();
    await Promise.all([traffic, mining]);
    scheduler.stop();
    await sleep(2500); // the last blocks propagate; then one final collection of everyone
    await scheduler.collectNow();
  }, 120_000);

  afterAll(async () => {
    scheduler?.stop();
    await Promise.allSettled([anvil?.stop(), ...(litecoin ?? []).map((n) => n.stop()), sims?.stop(), broken?.close()]);
    await db?.destroy();
  });

  const latest = (name: string) =>
    db.prisma.metricSample.findFirstOrThrow({ where: { node: { name } }, orderBy: { time: "desc" } });

  test("every healthy node has samples from several intervals; the broken one is down with its error", async () => {
    const nodes = await listNodes(db.prisma);
    const byName = Object.fromEntries(nodes.map((n) => [n.name, n]));
    for (const name of ["anvil", "ltc-0", "ltc-1", "sim-a", "sim-b"]) {
      expect(byName[name]!.status, name).toBe("up");
      expect(await db.prisma.metricSample.count({ where: { node: { name } } }), name).toBeGreaterThanOrEqual(3);
    }
    expect(byName.broken).toMatchObject({ status: "down", lastError: expect.stringMatching(/HTTP 500/) });
  });

  test("the EVM node's TPS matches the blocks Anvil produced within 5 %", async () => {
    const sample = await latest("anvil");
    const height = Number(sample.blockHeight);
    const window = Math.min(20, height);
    const blocks = await Promise.all(
      [height - window, height].map((h) =>
        rpc<{ timestamp: string }>(anvil.url, "eth_getBlockByNumber", [toHex(h), false]),
      ),
    );
    let transactions = 0;
    for (let h = height - window + 1; h <= height; h++) {
      transactions += Number(await rpc<string>(anvil.url, "eth_getBlockTransactionCountByNumber", [toHex(h)]));
    }
    const span = Number(BigInt(blocks[1]!.timestamp) - BigInt(blocks[0]!.timestamp));
    expect(transactions).toBeGreaterThan(50);
    expect(Math.abs(sample.tps! - transactions / span) / (transactions / span)).toBeLessThan(0.05);
    expect(sample.chainId).toBe("eip155:31337");
  });

  test("both litecoind nodes show one peer each and the same height", async () => {
    const [a, b] = await Promise.all([latest("ltc-0"), latest("ltc-1")]);
    expect(a.peerCount).toBe(1);
    expect(b.peerCount).toBe(1);
    expect(a.blockHeight).toBe(b.blockHeight);
    expect(Number(a.blockHeight)).toBe(await litecoin[0]!.rpc<number>("getblockcount"));
    expect(a.chainId).toMatch(/^bip122:[0-9a-f]{32}$/);
  });
});
