import { createServer, type IncomingMessage } from "node:http";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createEvmAdapter, EVM_BLOCK_WINDOW, evmAdapter } from "../../lib/collector/adapters/evm.ts";
import type { NodeTarget } from "../../lib/collector/adapters/types.ts";
import {
  freePort,
  rpc,
  rpcBatch,
  sendTransactionStream,
  startAnvil,
  toHex,
  waitForBlocks,
  type RunningAnvil,
} from "../helpers/anvil.ts";

interface RpcBlock {
  timestamp: string;
  gasLimit: string;
  baseFeePerGas: string;
  transactions: string[];
}

const target = (url: string): NodeTarget => ({ url, timeoutMs: 5000, credentials: null });

function expectWithin(actual: number | null, expected: number, tolerance = 0.05) {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(tolerance * expected);
}

describe("evm adapter against a real Anvil node", () => {
  let anvil: RunningAnvil;
  let minedIn: Map<string, bigint>;
  const proxies: Proxy[] = [];

  beforeAll(async () => {
    anvil = await startAnvil();
    const hashes = await sendTransactionStream(anvil.url, { durationMs: 12_000, perSecond: 20 });
    minedIn = await waitForBlocks(anvil.url, hashes);
  });
  afterAll(async () => {
    await Promise.all(proxies.map((proxy) => proxy.close()));
    await anvil?.stop();
  });

  const proxy = async (options: ProxyOptions) => {
    const started = await startProxy(anvil.url, options);
    proxies.push(started);
    return started;
  };

  test.each([
    { window: EVM_BLOCK_WINDOW, adapter: evmAdapter }, // longer than the chain: the whole chain
    { window: 8, adapter: createEvmAdapter(8) }, // a full window inside the stream
  ])("TPS and block time over $window blocks match the blocks Anvil produced", async ({ window, adapter }) => {
    const [chain] = (await adapter.collect(target(anvil.url))).chains;
    const height = chain!.head!.height;
    const n = Math.min(window, Number(height));
    const [oldest, newest] = await rpcBatch<RpcBlock>(
      anvil.url,
      [height - BigInt(n), height].map((block) => ({ method: "eth_getBlockByNumber", params: [toHex(block), false] })),
    );
    const span = Number(newest!.timestamp) - Number(oldest!.timestamp);
    // Our transfers are the only transactions on this chain; count those mined in blocks h-n+1..h.
    const ours = [...minedIn.values()].filter((block) => block > height - BigInt(n) && block <= height).length;
    expect(ours).toBeGreaterThan(50);

    const { tps, avgBlockTime, gasUsedRatio } = chain!.metrics;
    expectWithin(tps, ours / span);
    expectWithin(avgBlockTime, span / n);
    expectWithin(gasUsedRatio, (ours * 21_000) / (n * Number(newest!.gasLimit)));
  });

  test("reports the chain, the client, exact fees and the sync state", async () => {
    const gasPriceBefore = BigInt(await rpc<string>(anvil.url, "eth_gasPrice"));
    const reading = await evmAdapter.collect(target(anvil.url));
    const gasPriceAfter = BigInt(await rpc<string>(anvil.url, "eth_gasPrice"));
    const [chain] = reading.chains;
    const head = chain!.head!;
    const block = await rpc<RpcBlock>(anvil.url, "eth_getBlockByNumber", [toHex(head.height), false]);

    expect(reading.chains).toHaveLength(1);
    expect(chain).toMatchObject({ chainId: "eip155:31337", chainName: "Local dev chain (31337)", chainType: "evm" });
    expect(reading.clientVersion).toMatch(/anvil/i);
    expect(head.timestamp).toEqual(new Date(Number(block.timestamp) * 1000));
    expect(head.txCount).toBe(block.transactions.length);

    const metrics = chain!.metrics;
    expect(metrics.blockHeight).toBe(head.height);
    expect(metrics.baseFee).toBe(BigInt(block.baseFeePerGas));
    // Exact wei; the price only falls between empty blocks, so a block mined meanwhile brackets it.
    expect(typeof metrics.gasPrice).toBe("bigint");
    expect(metrics.gasPrice! <= gasPriceBefore && metrics.gasPrice! >= gasPriceAfter).toBe(true);
    expect(metrics).toMatchObject({ syncing: false, syncProgress: 1, mempoolSize: 0 });
    // JSON-RPC says nothing about the machine.
    expect(metrics).toMatchObject({ memoryUsageMb: null, diskUsageMb: null, networkInMb: null, agentCount: null });
    // Anvil itself does not implement net_peerCount.
    expect(metrics.peerCount).toBeNull();
    // Not implementing a method is a fact about the node, not a problem with this collection.
    expect(reading.warnings).toEqual([]);
  });

  test("a node that does not accept batches still gives full readings, one request per call", async () => {
    const noBatches = await proxy({ rejectBatches: true });
    const reading = await evmAdapter.collect(target(noBatches.url));
    const metrics = reading.chains[0]!.metrics;

    expect(noBatches.seen.batches).toBe(2);
    expect(noBatches.seen.singles).toBeGreaterThanOrEqual(7 + 2);
    expect(reading.chains[0]!.chainId).toBe("eip155:31337");
    expect(reading.clientVersion).toMatch(/anvil/i);
    for (const field of ["tps", "avgBlockTime", "gasUsedRatio", "gasPrice", "baseFee", "mempoolSize"] as const) {
      expect(metrics[field], field).not.toBeNull();
    }
    expect(metrics.syncing).toBe(false);
    expect(reading.warnings).toEqual([]);
  });

  test("methods the node does not implement cost their fields, nothing else", async () => {
    const limited = await proxy({ rejectMethods: ["net_peerCount", "txpool_status"] });
    const reading = await evmAdapter.collect(target(limited.url));
    const metrics = reading.chains[0]!.metrics;

    expect(limited.seen.rejected).toEqual(expect.arrayContaining(["net_peerCount", "txpool_status"]));
    expect(metrics.peerCount).toBeNull();
    expect(metrics.mempoolSize).toBeNull();
    for (const field of ["blockHeight", "tps", "avgBlockTime", "gasUsedRatio", "gasPrice", "baseFee"] as const) {
      expect(metrics[field], field).not.toBeNull();
    }
    expect(metrics.syncing).toBe(false);
    expect(reading.clientVersion).toMatch(/anvil/i);
    expect(reading.warnings).toEqual([]);
  });

  test("a method that fails (not one the node lacks) costs its field and says so", async () => {
    const failing = await proxy({ failMethods: ["eth_gasPrice"] });
    const reading = await evmAdapter.collect(target(failing.url));
    expect(reading.chains[0]!.metrics.gasPrice).toBeNull();
    expect(reading.chains[0]!.metrics.tps).not.toBeNull();
    expect(reading.warnings).toEqual(["eth_gasPrice: header not found"]);
  });

  test("a node that will not give its chain id fails the collection", async () => {
    const noChainId = await proxy({ rejectMethods: ["eth_chainId"] });
    await expect(evmAdapter.collect(target(noChainId.url))).rejects.toThrow(/eth_chainId: Method not found/);
  });

  test("a node that is down fails the collection with a clear message", async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    await expect(evmAdapter.collect({ ...target(url), timeoutMs: 2000 })).rejects.toThrow(
      /127\.0\.0\.1:\d+\/ unreachable: .*ECONNREFUSED/,
    );
  });
});

interface ProxyOptions {
  /** Answer any JSON array with one JSON-RPC error object, as nodes without batch support do. */
  rejectBatches?: boolean;
  /** Answer these methods with "Method not found", as nodes that do not implement them do. */
  rejectMethods?: string[];
  /** Answer these methods with a server error, as a node in trouble does. */
  failMethods?: string[];
}

interface Proxy {
  url: string;
  seen: { batches: number; singles: number; rejected: string[] };
  close(): Promise<void>;
}

/** A loopback JSON-RPC proxy in front of Anvil that behaves like a more limited node. */
async function startProxy(
  upstream: string,
  { rejectBatches = false, rejectMethods = [], failMethods = [] }: ProxyOptions,
) {
  const seen: Proxy["seen"] = { batches: 0, singles: 0, rejected: [] };
  const answer = async (call: { id?: unknown; method?: unknown }) => {
    if (typeof call.method === "string" && rejectMethods.includes(call.method)) {
      seen.rejected.push(call.method);
      return { jsonrpc: "2.0", id: call.id, error: { code: -32601, message: "Method not found" } };
    }
    if (typeof call.method === "string" && failMethods.includes(call.method)) {
      return { jsonrpc: "2.0", id: call.id, error: { code: -32000, message: "header not found" } };
    }
    const response = await fetch(upstream, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(call),
    });
    return (await response.json()) as unknown;
  };
  const server = createServer((request, response) => {
    void (async () => {
      const body = JSON.parse(await readBody(request)) as unknown;
      let reply: unknown;
      if (Array.isArray(body)) {
        seen.batches++;
        reply = rejectBatches
          ? { jsonrpc: "2.0", id: null, error: { code: -32600, message: "batch requests are not supported" } }
          : await Promise.all(body.map((call: { id?: unknown; method?: unknown }) => answer(call)));
      } else {
        seen.singles++;
        reply = await answer(body as { id?: unknown; method?: unknown });
      }
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply));
    })().catch((error: unknown) => response.writeHead(502).end(String(error)));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => {
      // fetch keeps connections alive; without this close() would wait for them to idle out.
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  } satisfies Proxy;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
