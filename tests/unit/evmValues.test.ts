import { describe, expect, test } from "vitest";
import {
  chainNameFor,
  MAX_HEIGHT,
  readBlock,
  readClientVersion,
  readCount,
  readMempool,
  readQuantity,
  readSyncing,
  windowStats,
  type BlockSummary,
} from "../../lib/collector/adapters/evmValues.ts";

describe("readQuantity", () => {
  test.each([
    { value: "0x0", expected: 0n },
    { value: "0x7a69", expected: 31337n },
    { value: "0xDEADbeef", expected: 0xdeadbeefn },
    { value: `0x${"f".repeat(64)}`, expected: 2n ** 256n - 1n },
    { value: `0x1${"0".repeat(64)}`, expected: null }, // 65 digits
    { value: "0x", expected: null },
    { value: "7a69", expected: null },
    { value: "0X7a69", expected: null },
    { value: "0x7g", expected: null },
    { value: " 0x1", expected: null },
    { value: "31337", expected: null },
    { value: 31337, expected: null },
    { value: null, expected: null },
    { value: undefined, expected: null },
  ])("$value -> $expected", ({ value, expected }) => {
    const warnings: string[] = [];
    expect(readQuantity(value, "eth_gasPrice", warnings)).toBe(expected);
    expect(warnings).toHaveLength(expected === null ? 1 : 0);
    if (expected === null) expect(warnings[0]).toMatch(/^eth_gasPrice: expected a hex quantity/);
  });

  test("values beyond the bound become null with a warning", () => {
    const warnings: string[] = [];
    expect(readQuantity("0x8000000000000000", "eth_blockNumber", warnings, MAX_HEIGHT)).toBeNull();
    expect(readQuantity("0x7fffffffffffffff", "eth_blockNumber", warnings, MAX_HEIGHT)).toBe(MAX_HEIGHT);
    expect(warnings).toHaveLength(1);
  });
});

describe("readCount", () => {
  test.each([
    { value: "0x19", expected: 25 },
    { value: "0x3b9aca00", expected: 1_000_000_000 },
    { value: "0x3b9aca01", expected: null },
    { value: 25, expected: null },
  ])("$value -> $expected", ({ value, expected }) => {
    expect(readCount(value, "net_peerCount", [])).toBe(expected);
  });
});

describe("chainNameFor", () => {
  test.each([
    { id: 1n, name: "Ethereum mainnet" },
    { id: 11155111n, name: "Sepolia" },
    { id: 31337n, name: "Local dev chain (31337)" },
    { id: 8453n, name: "Base" },
    { id: 424242n, name: "EVM chain 424242" },
  ])("$id -> $name", ({ id, name }) => {
    expect(chainNameFor(id)).toBe(name);
  });
});

describe("readSyncing", () => {
  test.each([
    { value: false, expected: { syncing: false, syncProgress: 1 }, warns: 0 },
    {
      value: { startingBlock: "0x64", currentBlock: "0x96", highestBlock: "0xc8" },
      expected: { syncing: true, syncProgress: 0.5 },
      warns: 0,
    },
    {
      value: { currentBlock: "0x32", highestBlock: "0xc8" },
      expected: { syncing: true, syncProgress: 0.25 },
      warns: 0,
    },
    // A node can report a current block behind where it started (after a reorg): clamp.
    {
      value: { startingBlock: "0x64", currentBlock: "0x10", highestBlock: "0xc8" },
      expected: { syncing: true, syncProgress: 0 },
      warns: 0,
    },
    {
      value: { startingBlock: "0x0", currentBlock: "0xd0", highestBlock: "0xc8" },
      expected: { syncing: true, syncProgress: 1 },
      warns: 0,
    },
    {
      value: { startingBlock: "0xc8", currentBlock: "0xc8", highestBlock: "0xc8" },
      expected: { syncing: true, syncProgress: null },
      warns: 0,
    },
    { value: { currentBlock: "12", highestBlock: "0xc8" }, expected: { syncing: true, syncProgress: null }, warns: 1 },
    { value: true, expected: null, warns: 1 },
    { value: "0x0", expected: null, warns: 1 },
  ])("$value", ({ value, expected, warns }) => {
    const warnings: string[] = [];
    expect(readSyncing(value, "eth_syncing", warnings)).toEqual(expected);
    expect(warnings).toHaveLength(warns);
  });
});

describe("readMempool", () => {
  test.each([
    { value: { pending: "0x3", queued: "0x2" }, expected: 5, warns: 0 },
    { value: { pending: "0x0", queued: "0x0" }, expected: 0, warns: 0 },
    { value: { pending: "0x3" }, expected: null, warns: 1 },
    { value: { pending: 3, queued: 2 }, expected: null, warns: 2 },
    { value: [], expected: null, warns: 1 },
  ])("$value -> $expected", ({ value, expected, warns }) => {
    const warnings: string[] = [];
    expect(readMempool(value, "txpool_status", warnings)).toBe(expected);
    expect(warnings).toHaveLength(warns);
  });
});

describe("readClientVersion", () => {
  test.each([
    { value: "Geth/v1.14.0-stable/linux-amd64/go1.22.2", expected: "Geth/v1.14.0-stable/linux-amd64/go1.22.2" },
    { value: `  anvil/v1.7.1\n`, expected: "anvil/v1.7.1" },
    { value: "x".repeat(500), expected: "x".repeat(200) },
    { value: "", expected: null },
    { value: 42, expected: null },
  ])("$value -> $expected", ({ value, expected }) => {
    expect(readClientVersion(value, "web3_clientVersion", [])).toBe(expected);
  });
});

describe("readBlock", () => {
  const time = 1_750_000_000;
  const rpcBlock = (overrides: Record<string, unknown> = {}) => ({
    number: "0x10",
    timestamp: `0x${time.toString(16)}`,
    gasUsed: "0x5208",
    gasLimit: "0x1c9c380",
    baseFeePerGas: "0x3b9aca00",
    transactions: ["0xaa"],
    ...overrides,
  });
  const summary: BlockSummary = {
    number: 16n,
    timestamp: time,
    txCount: 1,
    gasUsed: 21_000n,
    gasLimit: 30_000_000n,
    baseFee: 1_000_000_000n,
  };

  test.each([
    { name: "a London block", value: rpcBlock(), expected: summary, warns: 0 },
    {
      name: "pre-London: no base fee",
      value: rpcBlock({ baseFeePerGas: undefined }),
      expected: { ...summary, baseFee: null },
      warns: 0,
    },
    {
      name: "an invalid base fee",
      value: rpcBlock({ baseFeePerGas: "1" }),
      expected: { ...summary, baseFee: null },
      warns: 1,
    },
    { name: "another block", value: rpcBlock({ number: "0x11" }), expected: null, warns: 1 },
    { name: "an unknown block", value: null, expected: null, warns: 1 },
    { name: "a zero timestamp", value: rpcBlock({ timestamp: "0x0" }), expected: null, warns: 1 },
    { name: "a timestamp far ahead", value: rpcBlock({ timestamp: "0xffffffffff" }), expected: null, warns: 1 },
    { name: "no transaction list", value: rpcBlock({ transactions: "0x1" }), expected: null, warns: 1 },
    { name: "a decimal gas limit", value: rpcBlock({ gasLimit: "30000000" }), expected: null, warns: 1 },
  ])("$name", ({ value, expected, warns }) => {
    const warnings: string[] = [];
    expect(readBlock(value, 16n, warnings)).toEqual(expected);
    expect(warnings).toHaveLength(warns);
    for (const warning of warnings) expect(warning).toMatch(/^block 16/);
  });
});

describe("windowStats", () => {
  const block = (number: number, timestamp: number, txCount: number, gasUsed = 0n): BlockSummary => ({
    number: BigInt(number),
    timestamp,
    txCount,
    gasUsed,
    gasLimit: 1_000n,
    baseFee: null,
  });

  test.each([
    {
      name: "txs of the blocks after the first, over the timestamp span",
      blocks: [block(10, 100, 99, 1_000n), block(11, 102, 4, 500n), block(12, 104, 6, 250n)],
      expected: { avgBlockTime: 2, tps: 2.5, gasUsedRatio: 0.375 },
      warns: 0,
    },
    {
      name: "a single block: nothing to measure",
      blocks: [block(0, 100, 0)],
      expected: { avgBlockTime: null, tps: null, gasUsedRatio: null },
      warns: 0,
    },
    {
      name: "blocks in the same second: no rates, gas still known",
      blocks: [block(1, 100, 1), block(2, 100, 3, 100n)],
      expected: { avgBlockTime: null, tps: null, gasUsedRatio: 0.1 },
      warns: 0,
    },
    {
      name: "timestamps going backwards",
      blocks: [block(1, 105, 1), block(2, 100, 3)],
      expected: { avgBlockTime: null, tps: null, gasUsedRatio: null },
      warns: 1,
    },
    {
      name: "more gas used than allowed",
      blocks: [block(1, 100, 1), block(2, 101, 3, 2_000n)],
      expected: { avgBlockTime: 1, tps: 3, gasUsedRatio: null },
      warns: 1,
    },
  ])("$name", ({ blocks, expected, warns }) => {
    const warnings: string[] = [];
    expect(windowStats(blocks, warnings)).toEqual(expected);
    expect(warnings).toHaveLength(warns);
  });
});
