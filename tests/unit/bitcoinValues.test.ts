import { describe, expect, test } from "vitest";
import {
  chainIdFromGenesis,
  coinName,
  coinsToSatoshis,
  isChain,
  readBoolean,
  readHeader,
  windowRates,
  type BlockHeader,
} from "../../lib/collector/adapters/bitcoinValues.ts";

describe("coinsToSatoshis", () => {
  test.each([
    { value: 0.0001, expected: 10_000n },
    { value: 0.00001, expected: 1_000n },
    { value: 1e-8, expected: 1n },
    { value: 0.1 + 0.2, expected: null }, // 0.30000000000000004: not an 8-decimal amount
    { value: 0.00012345, expected: 12_345n },
    { value: 0.29, expected: 29_000_000n }, // 0.29 * 1e8 is 28999999.999999996 in floating point
    { value: 21_000_000, expected: 2_100_000_000_000_000n },
    { value: 0, expected: 0n },
    { value: "0.00020000", expected: 20_000n },
    { value: "12", expected: 1_200_000_000n },
    { value: "0.000000001", expected: null },
    { value: "1e-8", expected: null },
    { value: -0.0001, expected: null },
    { value: -1, expected: null },
    { value: Number.NaN, expected: null },
    { value: Number.POSITIVE_INFINITY, expected: null },
    { value: 1e12, expected: null },
    { value: null, expected: null },
    { value: { feerate: 1 }, expected: null },
  ])("$value -> $expected", ({ value, expected }) => {
    expect(coinsToSatoshis(value)).toBe(expected);
  });
});

describe("chainIdFromGenesis", () => {
  test.each([
    {
      hash: "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f",
      expected: "bip122:000000000019d6689c085ae165831e93",
    },
    {
      hash: "530827f38f93b43ed12af0b3ad25a288dc02ed74d6d7857862df51fc56c416f9",
      expected: "bip122:530827f38f93b43ed12af0b3ad25a288",
    },
    { hash: "530827f38f93b43ed12af0b3ad25a288", expected: null },
    { hash: "530827F38F93B43ED12AF0B3AD25A288DC02ED74D6D7857862DF51FC56C416F9", expected: null },
    { hash: 0, expected: null },
    { hash: null, expected: null },
  ])("$hash -> $expected", ({ hash, expected }) => {
    expect(chainIdFromGenesis(hash)).toBe(expected);
  });
});

describe("coinName", () => {
  test.each([
    { subversion: "/LitecoinCore:0.21.2.1/", expected: "Litecoin" },
    { subversion: "/Satoshi:27.0.0/", expected: "Bitcoin" },
    { subversion: "/Satoshi:0.16.0/Knots:20180322/", expected: "Bitcoin" },
    { subversion: "/Shibetoshi:1.14.6/", expected: "Bitcoin-family" },
    { subversion: "/constructor:1.0/", expected: "Bitcoin-family" },
    { subversion: "Satoshi", expected: "Bitcoin-family" },
    { subversion: "", expected: "Bitcoin-family" },
    { subversion: null, expected: "Bitcoin-family" },
  ])("$subversion -> $expected", ({ subversion, expected }) => {
    expect(coinName(subversion)).toBe(expected);
  });
});

describe("readBoolean", () => {
  test.each([
    { value: true, expected: true, warns: false },
    { value: false, expected: false, warns: false },
    { value: undefined, expected: null, warns: false },
    { value: "false", expected: null, warns: true },
    { value: 0, expected: null, warns: true },
  ])("$value -> $expected", ({ value, expected, warns }) => {
    const warnings: string[] = [];
    expect(readBoolean({ ibd: value }, "ibd", "getblockchaininfo", warnings)).toBe(expected);
    expect(warnings.length > 0).toBe(warns);
  });
});

const hash = (n: number) => n.toString(16).padStart(64, "0");
const header = (height: number, time: number, txCount: number): BlockHeader => ({
  hash: hash(height + 1),
  previousHash: height === 0 ? null : hash(height),
  height,
  time,
  txCount,
});

describe("readHeader", () => {
  const answer = {
    hash: hash(2),
    previousblockhash: hash(1),
    height: 1,
    time: 1_700_000_000,
    nTx: 3,
    confirmations: 1,
  };

  test("a getblockheader answer", () => {
    const warnings: string[] = [];
    expect(readHeader(answer, warnings)).toEqual(header(1, 1_700_000_000, 3));
    expect(warnings).toEqual([]);
  });

  test.each([
    { change: { nTx: -1 } },
    { change: { nTx: undefined } },
    { change: { time: "yesterday" } },
    { change: { time: 4_000_000_000 } },
    { change: { height: 1.5 } },
    { change: { hash: "00" } },
  ])("$change -> null with a warning", ({ change }) => {
    const warnings: string[] = [];
    expect(readHeader({ ...answer, ...change }, warnings)).toBeNull();
    expect(warnings.length).toBeGreaterThan(0);
  });

  test("the genesis block has no previous hash", () => {
    expect(readHeader({ ...answer, previousblockhash: undefined }, [])?.previousHash).toBeNull();
  });
});

describe("isChain", () => {
  test.each([
    { name: "consecutive linked blocks", headers: [header(5, 0, 1), header(6, 0, 1), header(7, 0, 1)], expected: true },
    { name: "a single block", headers: [header(5, 0, 1)], expected: true },
    { name: "a gap", headers: [header(5, 0, 1), header(7, 0, 1)], expected: false },
    {
      name: "a block from another branch",
      headers: [header(5, 0, 1), { ...header(6, 0, 1), previousHash: hash(99) }],
      expected: false,
    },
  ])("$name -> $expected", ({ headers, expected }) => {
    expect(isChain(headers)).toBe(expected);
  });
});

describe("windowRates", () => {
  test.each([
    {
      name: "transactions of all but the oldest block over the span",
      headers: [header(10, 1000, 50), header(11, 1002, 3), header(12, 1005, 5)],
      expected: { avgBlockTime: 2.5, tps: 8 / 5 },
    },
    {
      name: "one block",
      headers: [header(10, 1000, 1), header(11, 1150, 3001)],
      expected: { avgBlockTime: 150, tps: 3001 / 150 },
    },
    {
      name: "a zero span (many blocks in one second)",
      headers: [header(10, 1000, 1), header(11, 1000, 1)],
      expected: { avgBlockTime: null, tps: null },
    },
    {
      name: "a negative span (miner clocks)",
      headers: [header(10, 1010, 1), header(11, 1000, 1)],
      expected: { avgBlockTime: null, tps: null },
    },
    { name: "only the genesis block", headers: [header(0, 1000, 1)], expected: { avgBlockTime: null, tps: null } },
    { name: "no blocks", headers: [], expected: { avgBlockTime: null, tps: null } },
  ])("$name", ({ headers, expected }) => {
    expect(windowRates(headers)).toEqual(expected);
  });
});
