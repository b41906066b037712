// Real litecoind regtest nodes for integration tests: temp datadirs, free loopback ports, peered in a star.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export interface LitecoindNode {
  url: string;
  username: string;
  password: string;
  p2pPort: number;
  rpc<T = unknown>(method: string, params?: unknown[]): Promise<T>;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;
// Daemons still running when the test process exits (a crash, a killed run) must not outlive it.
const running = new Set<ChildProcess>();
process.once("exit", () => running.forEach((child) => child.kill("SIGKILL")));

/** Ports the OS just handed out on loopback, all distinct; another process could take one first, which is rare. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  try {
    return await Promise.all(
      servers.map(async (server) => {
        await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
        const address = server.address();
        if (address === null || typeof address === "string") throw new Error("no port from the OS");
        return address.port;
      }),
    );
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

/**
 * Starts `count` regtest nodes; every node after the first connects to the first, so with two nodes each
 * has exactly one peer. Resolves once every RPC answers and the peer links are up.
 */
export async function startLitecoinNodes(count: number): Promise<LitecoindNode[]> {
  const nodes: LitecoindNode[] = [];
  try {
    for (let i = 0; i < count; i++) nodes.push(await startNode(nodes[0]?.p2pPort));
    const hub = nodes[0];
    if (hub) {
      // -addnode retries only once a minute after a failed first attempt (a loaded machine can miss it),
      // so each spoke also asks for a connection attempt now, on every poll, until the hub sees everyone.
      await waitFor(async () => {
        if ((await hub.rpc<number>("getconnectioncount")) >= count - 1) return true;
        await Promise.all(
          nodes.slice(1).map(async (spoke) => {
            if ((await spoke.rpc<number>("getconnectioncount")) === 0) {
              await spoke.rpc("addnode", [`127.0.0.1:${hub.p2pPort}`, "onetry"]).catch(() => undefined);
            }
          }),
        );
        return false;
      }, "peer connections");
    }
    return nodes;
  } catch (error) {
    await Promise.all(nodes.map((node) => node.stop()));
    throw error;
  }
}

async function startNode(peerPort: number | undefined): Promise<LitecoindNode> {
  const datadir = await mkdtemp(path.join(tmpdir(), "chainpulse-litecoind-"));
  const [rpcPort, p2pPort] = (await freePorts(2)) as [number, number];
  const username = "chainpulse";
  const password = randomBytes(12).toString("hex");
  const args = [
    "-regtest",
    "-server",
    `-datadir=${datadir}`,
    "-rpcbind=127.0.0.1",
    "-rpcallowip=127.0.0.1",
    `-rpcport=${rpcPort}`,
    `-port=${p2pPort}`,
    "-bind=127.0.0.1",
    "-listen=1",
    "-dnsseed=0",
    "-listenonion=0",
    "-discover=0",
    "-upnp=0",
    "-fallbackfee=0.0001",
    `-rpcuser=${username}`,
    `-rpcpassword=${password}`,
    "-printtoconsole=0",
    // A test wallet needs a few keys, not the default 1000 (which costs seconds per wallet).
    "-keypool=10",
    ...(peerPort === undefined ? [] : [`-addnode=127.0.0.1:${peerPort}`]),
  ];
  const child = spawn("litecoind", args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve(void running.delete(child))));
  child.once("error", (error) => void (stderr += error.message));

  const url = `http://127.0.0.1:${rpcPort}/`;
  const rpc = <T>(method: string, params: unknown[] = []) => call<T>(url, username, password, method, params);
  let stopped: Promise<void> | null = null;
  const node: LitecoindNode = {
    url,
    username,
    password,
    p2pPort,
    rpc,
    stop: () => (stopped ??= stopNode(child, exited, rpc, datadir)),
  };
  try {
    await waitFor(async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`litecoind exited during startup: ${stderr.trim() || `code ${child.exitCode}`}`);
      }
      await rpc("getblockchaininfo");
      return true;
    }, "litecoind RPC");
  } catch (error) {
    await node.stop();
    throw error;
  }
  return node;
}

async function stopNode(
  child: ChildProcess,
  exited: Promise<void>,
  rpc: (method: string) => Promise<unknown>,
  datadir: string,
): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    await rpc("stop").catch(() => undefined);
    const clean = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!clean) {
      child.kill("SIGKILL");
      await exited;
    }
  }
  await rm(datadir, { recursive: true, force: true });
}

/** Plain JSON-RPC 1.0, independent of the adapter under test. */
async function call<T>(url: string, username: string, password: string, method: string, params: unknown[]): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`,
    },
    body: JSON.stringify({ jsonrpc: "1.0", id: 0, method, params }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let body: { result?: T; error?: { message?: string } | null };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`${method}: HTTP ${response.status} ${text.slice(0, 100)}`);
  }
  if (body.error) throw new Error(`${method}: ${body.error.message ?? JSON.stringify(body.error)}`);
  return body.result as T;
}

/** Polls until `check` is true; a check that throws is retried (the node may still be warming up). */
export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = STARTUP_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("litecoind exited")) throw error;
      lastError = error;
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}${lastError instanceof Error ? `: ${lastError.message}` : ""}`);
}
