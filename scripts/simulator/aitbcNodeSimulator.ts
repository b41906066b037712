import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mulberry32 } from "./seededRandom.ts";
import type { SimulatedChain } from "./simulatedChain.ts";

// An HTTP server speaking the aitbc node API for the demo and the tests. With
// `serveStats: false` it behaves like a real node: only /health and /rpc/head.

export interface AitbcNodeOptions {
  nodeId: string;
  chains: SimulatedChain[];
  port?: number;
  host?: string;
  serveStats?: boolean;
  /** How many nodes the simulated network has per chain (active_nodes in stats). */
  peers?: number;
  /** When set, every request must carry it as `X-API-Key` or `Authorization: Bearer`. */
  apiKey?: string;
}

export interface RunningAitbcNode {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export async function startAitbcNode(options: AitbcNodeOptions): Promise<RunningAitbcNode> {
  const random = mulberry32(options.port ?? 7);
  const startedAt = Date.now() / 1000;
  const chainsById = new Map(options.chains.map((chain) => [chain.id, chain]));
  const serveStats = options.serveStats ?? true;
  let memoryMb = 900 + 200 * random();

  const json = (status: number, body: unknown) => ({ status, body });
  const route = (path: string, query: URLSearchParams) => {
    const now = Date.now() / 1000;
    if (path === "/health") {
      return json(200, { status: "ok", supported_chains: [...chainsById.keys()], proposer_id: options.nodeId });
    }
    if (path === "/rpc/head") {
      const chain = chainsById.get(query.get("chain_id") ?? "");
      if (!chain) return json(404, { detail: "unknown chain" });
      const head = chain.head(now);
      return json(200, { height: head.height, hash: head.hash, timestamp: head.timestamp, tx_count: head.txCount });
    }
    if (!serveStats) return json(404, { detail: "not found" });
    const statsMatch = /^\/api\/chains\/([^/]+)\/stats$/.exec(path);
    if (statsMatch) {
      const chain = chainsById.get(decodeURIComponent(statsMatch[1]!));
      if (!chain) return json(404, { detail: "unknown chain" });
      memoryMb = Math.min(1900, Math.max(600, memoryMb + (random() - 0.5) * 40));
      return json(200, chainStats(chain, now, memoryMb, options.peers ?? 1, random));
    }
    if (path === "/api/node/info") {
      const uptime = now - startedAt;
      return json(200, {
        node_id: options.nodeId,
        type: "full",
        status: "active",
        version: "aitbc-sim/0.1.0",
        cpu_usage: Math.round(20 + 30 * random()),
        memory_usage_mb: Math.round(memoryMb),
        disk_usage_mb: Math.round(5000 + uptime * 0.05),
        memory_total_mb: 4096,
        disk_total_mb: 100_000,
        network_in_mb: Math.round((uptime * 0.12 + 5) * 100) / 100,
        network_out_mb: Math.round((uptime * 0.09 + 3) * 100) / 100,
      });
    }
    return json(404, { detail: "not found" });
  };

  const authorized = (headers: IncomingHttpHeaders) =>
    !options.apiKey || headers["x-api-key"] === options.apiKey || headers.authorization === `Bearer ${options.apiKey}`;

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://simulator");
    const { status, body } = authorized(request.headers)
      ? route(url.pathname, url.searchParams)
      : json(401, { detail: "missing or wrong API key" });
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function chainStats(chain: SimulatedChain, now: number, memoryMb: number, peers: number, random: () => number) {
  const blocks = chain.recent(30, now);
  const first = blocks[0]!;
  const last = blocks[blocks.length - 1]!;
  const span = last.timestamp - first.timestamp;
  const txs = blocks.slice(1).reduce((sum, block) => sum + block.txCount, 0);
  const load = chain.loadFactor(now);
  return {
    chain_id: chain.id,
    block_height: last.height,
    tps: span > 0 ? Math.round((txs / span) * 100) / 100 : null,
    avg_block_time: span > 0 ? Math.round((span / (blocks.length - 1)) * 100) / 100 : null,
    // Wei, as a string: gas prices outgrow a double's exact range on busy chains.
    gas_price: (BigInt(Math.round(15e9 * load)) + BigInt(Math.round(random() * 1e9))).toString(),
    memory_usage_mb: Math.round(memoryMb),
    disk_usage_mb: Math.round(2000 + last.height * 0.4),
    active_nodes: peers,
    client_count: Math.round(8 + 6 * load),
    miner_count: Math.max(1, Math.round(2 + 2 * random())),
    agent_count: Math.round(3 + 4 * load),
  };
}
