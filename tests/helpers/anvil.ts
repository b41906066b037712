// A real Ethereum dev node (Foundry's Anvil) on a free loopback port, and a steady stream of
// value transfers to it, for testing the evm adapter over real HTTP.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export interface RunningAnvil {
  url: string;
  stop(): Promise<void>;
}

const GWEI = 1_000_000_000n;

export async function startAnvil(extraArgs: string[] = []): Promise<RunningAnvil> {
  const port = await freePort();
  const args = ["--host", "127.0.0.1", "--port", String(port), "--block-time", "1", "--silent", ...extraArgs];
  const child = spawn(anvilBinary(), args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  let spawnError: Error | null = null;
  child.on("error", (error) => void (spawnError = error));
  child.stderr.on("data", (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-2000)));
  const exited = once(child, "exit");
  const stop = async () => {
    if (spawnError || child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    await exited;
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (spawnError) throw new Error(`anvil did not start: ${String(spawnError)}`);
    if (child.exitCode !== null) throw new Error(`anvil exited with ${child.exitCode}: ${stderr}`);
    try {
      await rpc(url, "eth_chainId");
      return { url, stop };
    } catch (error) {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`anvil did not answer on ${url} within 15 s: ${String(error)} ${stderr}`);
      }
      await sleep(100);
    }
  }
}

/** The platform binary itself, not the npm wrapper, so stop() ends the node and nothing lingers. */
function anvilBinary(): string {
  const require = createRequire(import.meta.url);
  const arch = process.arch === "x64" ? "amd64" : process.arch;
  const exe = process.platform === "win32" ? "anvil.exe" : "anvil";
  try {
    return require.resolve(`@foundry-rs/anvil-${process.platform}-${arch}/bin/${exe}`);
  } catch {
    return path.resolve(import.meta.dirname, "../../node_modules/.bin/anvil");
  }
}

/** A loopback port nothing listens on (the OS picks it, then we release it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  return address.port;
}

export async function rpc<T = unknown>(url: string, method: string, params: unknown[] = []): Promise<T> {
  const [result] = await rpcBatch<T>(url, [{ method, params }]);
  return result!;
}

/** One JSON-RPC batch; throws on the first error so a test never works with partial answers. */
export async function rpcBatch<T = unknown>(
  url: string,
  calls: { method: string; params?: unknown[] }[],
): Promise<T[]> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(calls.map(({ method, params = [] }, id) => ({ jsonrpc: "2.0", id, method, params }))),
  });
  const answers = (await response.json()) as { id: number; result?: T; error?: { message: string } }[];
  return calls.map((call, id) => {
    const answer = answers.find((item) => item.id === id);
    if (!answer || answer.error) throw new Error(`${call.method}: ${answer?.error?.message ?? "no answer"}`);
    return answer.result as T;
  });
}

export const toHex = (value: bigint | number) => `0x${value.toString(16)}`;

/**
 * Sends `perSecond` value transfers a second for `durationMs`, in bursts every 100 ms, from the
 * unlocked dev accounts. Nonces and EIP-1559 fees are explicit: auto-priced bursts get dropped
 * once the base fee rises. Returns the transaction hashes.
 */
export async function sendTransactionStream(
  url: string,
  { durationMs, perSecond }: { durationMs: number; perSecond: number },
): Promise<string[]> {
  const accounts = await rpc<string[]>(url, "eth_accounts");
  const senders = accounts.slice(0, 5);
  const recipient = accounts.at(-1)!;
  const nonces = await Promise.all(
    senders.map(async (sender) => BigInt(await rpc<string>(url, "eth_getTransactionCount", [sender, "pending"]))),
  );
  const hashes: string[] = [];
  const start = Date.now();
  let sent = 0;
  while (Date.now() - start < durationMs) {
    const due = Math.floor(((Date.now() - start) * perSecond) / 1000);
    const burst: { method: string; params: unknown[] }[] = [];
    for (; sent < due; sent++) {
      const index = sent % senders.length;
      const nonce = nonces[index]!;
      nonces[index] = nonce + 1n;
      const transaction = {
        from: senders[index],
        to: recipient,
        value: "0x1",
        gas: toHex(21_000),
        nonce: toHex(nonce),
        maxFeePerGas: toHex(100n * GWEI),
        maxPriorityFeePerGas: toHex(GWEI),
      };
      burst.push({ method: "eth_sendTransaction", params: [transaction] });
    }
    if (burst.length > 0) hashes.push(...(await rpcBatch<string>(url, burst)));
    await sleep(100);
  }
  return hashes;
}

/** Waits until every transaction is mined; returns each one's block number. */
export async function waitForBlocks(url: string, hashes: string[], timeoutMs = 15_000): Promise<Map<string, bigint>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const receipts = await rpcBatch<{ blockNumber: string; status: string } | null>(
      url,
      hashes.map((hash) => ({ method: "eth_getTransactionReceipt", params: [hash] })),
    );
    if (receipts.every((receipt) => receipt !== null)) {
      const failed = receipts.filter((receipt) => receipt.status !== "0x1").length;
      if (failed > 0) throw new Error(`${failed} transactions reverted`);
      return new Map(hashes.map((hash, index) => [hash, BigInt(receipts[index]!.blockNumber)]));
    }
    if (Date.now() > deadline) throw new Error(`transactions not mined within ${timeoutMs} ms`);
    await sleep(250);
  }
}
