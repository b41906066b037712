import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bitcoinAdapter, RATE_WINDOW_BLOCKS } from "../../lib/collector/adapters/bitcoin.ts";
import type { NodeReading, NodeTarget } from "../../lib/collector/adapters/types.ts";
import { freePorts, startLitecoinNodes, waitFor, type LitecoindNode } from "../helpers/litecoind.ts";

// Real blocks and transactions for this long, one block every 1-2 s.
const TRAFFIC_MS = 15_000;
const SENDS_PER_NODE_PER_BLOCK = 3;
const MATURING_BLOCKS = 111;

interface Block {
  height: number;
  time: number;
  nTx: number;
  tx: string[];
}

const targetOf = (node: LitecoindNode, password = node.password): NodeTarget => ({
  url: node.url,
  timeoutMs: 5_000,
  credentials: { username: node.username, password },
});

describe("bitcoin adapter against two peered litecoind regtest nodes", () => {
  let nodes: LitecoindNode[] = [];
  const sent = new Set<string>();
  let readings: NodeReading[] = [];

  const agree = async (read: (node: LitecoindNode) => Promise<string>) =>
    new Set(await Promise.all(nodes.map(read))).size === 1;
  const tipsAgree = () => agree((node) => node.rpc<string>("getbestblockhash"));
  const mempoolsAgree = () => agree(async (node) => (await node.rpc<string[]>("getrawmempool")).sort().join());

  beforeAll(async () => {
    nodes = await startLitecoinNodes(2);
    const addresses: string[] = [];
    for (const node of nodes) {
      await node.rpc("createwallet", ["test"]);
      addresses.push(await node.rpc<string>("getnewaddress"));
    }
    // 10 coinbases for the second wallet, then 101 so that both hold mature coins. Back-dated 2 s apart, ending
    // now: mined in one burst their timestamps would run ahead of the clock and squeeze the live blocks together.
    const start = Math.floor(Date.now() / 1000) - 2 * MATURING_BLOCKS;
    for (let i = 0; i < MATURING_BLOCKS; i++) {
      await nodes[0]!.rpc("setmocktime", [start + 2 * i]);
      await nodes[0]!.rpc("generatetoaddress", [1, addresses[i < 10 ? 1 : 0]]);
    }
    await nodes[0]!.rpc("setmocktime", [0]);
    await waitFor(tipsAgree, "the maturing blocks to reach both nodes");

    const end = Date.now() + TRAFFIC_MS;
    for (let round = 0; Date.now() < end; round++) {
      for (const [i, node] of nodes.entries()) {
        for (let k = 0; k < SENDS_PER_NODE_PER_BLOCK; k++) {
          sent.add(await node.rpc<string>("sendtoaddress", [addresses[1 - i], (0.1 + k / 100).toFixed(2)]));
        }
      }
      await sleep(1000 + Math.random() * 1000);
      const miner = round % 2;
      await nodes[miner]!.rpc("generatetoaddress", [1, addresses[miner]]);
      await waitFor(tipsAgree, "the new block to reach both nodes");
    }
    // Leave a few transactions unconfirmed, then let every pending one reach both mempools, so that they hold
    // the same set and nothing changes between collecting and checking.
    for (let k = 0; k < 2; k++) sent.add(await nodes[1]!.rpc<string>("sendtoaddress", [addresses[0], "0.05"]));
    await waitFor(mempoolsAgree, "pending transactions to reach both mempools");
    readings = await Promise.all(nodes.map((node) => bitcoinAdapter.collect(targetOf(node))));
  }, 80_000);

  afterAll(async () => {
    await Promise.all(nodes.map((node) => node.stop()));
  }, 30_000);

  test("both nodes: same chain, same height, one peer each, no warnings", async () => {
    const genesis = await nodes[0]!.rpc<string>("getblockhash", [0]);
    const height = await nodes[0]!.rpc<number>("getblockcount");
    expect(height).toBeGreaterThan(MATURING_BLOCKS + 5);
    expect(readings).toHaveLength(2);
    for (const reading of readings) {
      expect(reading.warnings).toEqual([]);
      expect(reading.clientVersion).toMatch(/^\/LitecoinCore:[\d.]+\/$/);
      expect(reading.chains).toHaveLength(1);
      const [chain] = reading.chains;
      expect(chain).toMatchObject({ chainId: `bip122:${genesis.slice(0, 32)}`, chainName: "Litecoin regtest" });
      expect(chain!.chainType).toBe("bitcoin");
      expect(chain!.metrics).toMatchObject({ blockHeight: BigInt(height), peerCount: 1, syncing: false });
      expect(chain!.metrics.syncProgress).toBeGreaterThan(0.99);
      expect(chain!.metrics.syncProgress).toBeLessThanOrEqual(1);
      expect(chain!.metrics.diskUsageMb).toBeGreaterThan(0);
      expect(chain!.metrics.mempoolSize).toEqual(expect.any(Number));
      expect(chain!.metrics.mempoolBytes).toEqual(expect.any(BigInt));
      // Fields Bitcoin Core does not report stay unknown.
      expect(chain!.metrics).toMatchObject({ memoryUsageMb: null, networkInMb: null, baseFee: null, minerCount: null });
    }
    expect(readings[0]!.chains[0]!.chainId).toBe("bip122:530827f38f93b43ed12af0b3ad25a288"); // Litecoin regtest genesis
  });

  test("mempool fields match what the node holds now", async () => {
    for (const [i, node] of nodes.entries()) {
      const mempool = await node.rpc<{ size: number; bytes: number }>("getmempoolinfo");
      const metrics = readings[i]!.chains[0]!.metrics;
      expect(metrics.mempoolSize).toBe(mempool.size);
      expect(metrics.mempoolBytes).toBe(BigInt(mempool.bytes));
      expect(metrics.mempoolSize).toBeGreaterThanOrEqual(2);
    }
  });

  test("head, block time and TPS match the blocks actually produced", async () => {
    const node = nodes[0]!;
    const height = await node.rpc<number>("getblockcount");
    const first = height - RATE_WINDOW_BLOCKS;
    const blocks: Block[] = [];
    for (let h = first; h <= height; h++) {
      blocks.push(await node.rpc<Block>("getblock", [await node.rpc<string>("getblockhash", [h]), 1]));
    }
    const counted = blocks.slice(1);
    const txs = counted.reduce((sum, block) => sum + block.nTx, 0);
    const span = blocks.at(-1)!.time - blocks[0]!.time;
    // Every transaction in the window is a coinbase or one this test sent, and nTx counts both.
    const ours = counted.flatMap((block) => block.tx.slice(1)).filter((txid) => sent.has(txid));
    expect(txs).toBe(counted.length + ours.length);
    expect(ours.length).toBeGreaterThanOrEqual(SENDS_PER_NODE_PER_BLOCK * 4);
    expect(span).toBeGreaterThan(0);

    for (const reading of readings) {
      const { head, metrics } = reading.chains[0]!;
      const best = blocks.at(-1)!;
      expect(head).toEqual({ height: BigInt(best.height), timestamp: new Date(best.time * 1000), txCount: best.nTx });
      expect(metrics.tps! * span).toBeCloseTo(txs, 9);
      expect(metrics.avgBlockTime! * RATE_WINDOW_BLOCKS).toBeCloseTo(span, 9);
      // Blocks came every 1-2 s (the back-dated ones every 2 s); timestamps have whole-second resolution.
      expect(metrics.avgBlockTime).toBeGreaterThanOrEqual(1);
      expect(metrics.avgBlockTime).toBeLessThanOrEqual(3);
    }
  });

  test("the fee rate is the node's own estimate in satoshis per kvB, or unknown", async () => {
    for (const [i, node] of nodes.entries()) {
      const estimate = await node.rpc<{ feerate?: number }>("estimatesmartfee", [6]);
      const expected = estimate.feerate === undefined ? null : BigInt(Math.round(estimate.feerate * 1e8));
      expect(readings[i]!.chains[0]!.metrics.gasPrice).toBe(expected);
    }
  });

  test("a wrong RPC password fails the collection with a message about credentials", async () => {
    await expect(bitcoinAdapter.collect(targetOf(nodes[0]!, "wrong-password"))).rejects.toThrow(
      /refused the RPC credentials \(HTTP 401\)/,
    );
  });

  test("a node that is down fails the collection with a message saying it is unreachable", async () => {
    const [closed] = await freePorts(1);
    const target = { ...targetOf(nodes[0]!), url: `http://127.0.0.1:${closed}/` };
    await expect(bitcoinAdapter.collect(target)).rejects.toThrow(`http://127.0.0.1:${closed}/ unreachable`);
  });
});
