import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { aitbcAdapter } from "../../lib/collector/adapters/aitbc.ts";
import type { NodeCredentials } from "../../lib/collector/adapters/types.ts";
import { fastChain, startSimulators } from "../helpers/simulators.ts";

describe("aitbc adapter over HTTP", () => {
  let sims: Awaited<ReturnType<typeof startSimulators>>;
  beforeAll(async () => {
    sims = await startSimulators([
      { nodeId: "keyed", chains: [fastChain("ait-devnet")], apiKey: "k3y-for-the-node" },
      { nodeId: "plain", chains: [fastChain("ait-devnet"), fastChain("ait-testnet")], serveStats: false },
    ]);
  });
  afterAll(async () => {
    await sims.stop();
  });
  const target = (index: number, credentials: NodeCredentials | null = null) => ({
    url: sims.nodes[index]!.url,
    timeoutMs: 2000,
    credentials,
  });

  test.each([
    { name: "an API key", credentials: { apiKey: "k3y-for-the-node" } },
    { name: "a bearer token", credentials: { bearerToken: "k3y-for-the-node" } },
  ])("a node that needs a key answers with $name", async ({ credentials }) => {
    const reading = await aitbcAdapter.collect(target(0, credentials));
    expect(reading.warnings).toEqual([]);
    expect(reading.clientVersion).toBe("aitbc-sim/0.1.0");
    expect(reading.chains[0]!.metrics.gasPrice).toBeTypeOf("bigint");
  });

  test.each([
    { name: "no key", credentials: null },
    { name: "a wrong key", credentials: { apiKey: "wrong" } },
  ])("with $name the collection fails with HTTP 401", async ({ credentials }) => {
    await expect(aitbcAdapter.collect(target(0, credentials))).rejects.toThrow(/HTTP 401/);
  });

  test("a node serving only /health and /rpc/head: heads per chain, every stats field null, no warnings", async () => {
    const reading = await aitbcAdapter.collect(target(1));
    expect(reading.warnings).toEqual([]);
    expect(reading.clientVersion).toBeNull();
    expect(reading.chains.map((c) => c.chainId)).toEqual(["ait-devnet", "ait-testnet"]);
    for (const chain of reading.chains) {
      expect(chain.head!.height).toBeGreaterThan(1000n);
      expect(chain.metrics.blockHeight).toBe(chain.head!.height);
      const { blockHeight, ...rest } = chain.metrics;
      expect(blockHeight).not.toBeNull();
      expect(Object.values(rest).every((value) => value === null)).toBe(true);
    }
  });
});
