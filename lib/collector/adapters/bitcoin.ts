// Bitcoin Core-style JSON-RPC (Bitcoin, Litecoin and their forks): one chain per node.
import { callRpc, type RpcCall, type RpcResult } from "../jsonRpc.ts";
import { emptyMetrics, type MetricValues } from "../metrics.ts";
import { isRecord, readBigInt, readCount, readGauge, type Warnings } from "../readValues.ts";
import {
  chainIdFromGenesis,
  coinName,
  coinsToSatoshis,
  isChain,
  readBoolean,
  readHeader,
  windowRates,
  type BlockHeader,
} from "./bitcoinValues.ts";
import type { ChainHead, NodeAdapter, NodeTarget } from "./types.ts";

/** Blocks over which block time and TPS are averaged (fewer while the chain is shorter). */
export const RATE_WINDOW_BLOCKS = 20;
// The fee for confirmation within about an hour on Bitcoin, the usual "normal priority".
const FEE_TARGET_BLOCKS = 6;
const BYTES_PER_MB = 1_048_576;
const CHAIN_NAME = /^[a-z0-9-]{1,20}$/;

export const bitcoinAdapter: NodeAdapter = {
  protocol: "bitcoin",
  async collect(target) {
    const warnings: Warnings = [];
    const [chainInfo, network, genesis, mempool, connections, fee] = await rpc(target, [
      { method: "getblockchaininfo" },
      { method: "getnetworkinfo" },
      { method: "getblockhash", params: [0] },
      { method: "getmempoolinfo" },
      { method: "getconnectioncount" },
      { method: "estimatesmartfee", params: [FEE_TARGET_BLOCKS] },
    ]);
    if (!chainInfo?.ok) throw new Error(`the node rejected ${chainInfo?.error ?? "getblockchaininfo"}`);
    const info = chainInfo.value;
    if (!isRecord(info)) throw new Error("getblockchaininfo: expected an object");
    const chainId = genesis?.ok ? chainIdFromGenesis(genesis.value) : null;
    if (!chainId) {
      const why = genesis?.ok === false ? genesis.error : "getblockhash 0 did not answer a block hash";
      throw new Error(`cannot identify the chain: ${why}`);
    }

    const subversion = optional(network, "getnetworkinfo", warnings)?.subversion;
    const clientVersion = typeof subversion === "string" ? subversion.slice(0, 200) : null;
    if (network?.ok && clientVersion === null) warnings.push("getnetworkinfo.subversion: expected a string");
    const metrics = emptyMetrics();
    readChainInfo(info, metrics, warnings);
    readMempool(optional(mempool, "getmempoolinfo", warnings), metrics, warnings);
    if (connections?.ok) {
      metrics.peerCount = readCount({ count: connections.value }, "count", "getconnectioncount", warnings);
    } else if (connections) warnings.push(connections.error);
    metrics.gasPrice = readFeeRate(optional(fee, "estimatesmartfee", warnings), warnings);

    const headers = await readRecentHeaders(target, info, warnings);
    const best = headers.at(-1);
    const head: ChainHead | null = best
      ? { height: BigInt(best.height), timestamp: new Date(best.time * 1000), txCount: best.txCount }
      : null;
    Object.assign(metrics, windowRates(headers));

    const chain = typeof info.chain === "string" && CHAIN_NAME.test(info.chain) ? info.chain : null;
    if (chain === null) warnings.push("getblockchaininfo.chain: expected a short chain name");
    const chainName = [coinName(clientVersion), chain].filter(Boolean).join(" ");
    return { chains: [{ chainId, chainName, chainType: "bitcoin", head, metrics }], clientVersion, warnings };
  },
};

function readChainInfo(info: Record<string, unknown>, metrics: MetricValues, warnings: Warnings): void {
  const label = "getblockchaininfo";
  metrics.blockHeight = readBigInt(info, "blocks", label, warnings);
  metrics.syncing = readBoolean(info, "initialblockdownload", label, warnings);
  const progress = readGauge(info, "verificationprogress", label, warnings);
  if (progress !== null && progress > 1) warnings.push(`${label}.verificationprogress: ${progress} is above 1`);
  metrics.syncProgress = progress !== null && progress <= 1 ? progress : null;
  const diskBytes = readGauge(info, "size_on_disk", label, warnings);
  metrics.diskUsageMb = diskBytes === null ? null : diskBytes / BYTES_PER_MB;
}

function readMempool(mempool: Record<string, unknown> | null, metrics: MetricValues, warnings: Warnings): void {
  if (!mempool) return;
  metrics.mempoolSize = readCount(mempool, "size", "getmempoolinfo", warnings);
  metrics.mempoolBytes = readBigInt(mempool, "bytes", "getmempoolinfo", warnings);
}

/** Satoshis per kvB from `estimatesmartfee`'s coins per kvB. */
function readFeeRate(estimate: Record<string, unknown> | null, warnings: Warnings): bigint | null {
  const feerate = estimate?.feerate;
  // No feerate (or -1 from pre-0.15 nodes) means too little fee data yet: normal on quiet chains and regtest.
  if (feerate === undefined || feerate === -1) return null;
  const satoshis = coinsToSatoshis(feerate);
  if (satoshis === null) warnings.push(`estimatesmartfee.feerate: not an amount (${String(feerate).slice(0, 40)})`);
  return satoshis;
}

/**
 * Headers of blocks h-N..h (oldest first), or just the best block's when the window cannot be read.
 * Headers carry time and nTx without the transaction list `getblock` would send.
 */
async function readRecentHeaders(
  target: NodeTarget,
  info: Record<string, unknown>,
  warnings: Warnings,
): Promise<BlockHeader[]> {
  const { blocks: height, bestblockhash: bestHash } = info;
  if (typeof height !== "number" || !Number.isSafeInteger(height) || height < 0 || typeof bestHash !== "string") {
    warnings.push("getblockchaininfo: expected blocks and bestblockhash; no head or rates");
    return [];
  }
  const first = Math.max(0, height - RATE_WINDOW_BLOCKS);
  const heights = Array.from({ length: height - first }, (_, i) => first + i);
  const hashes = await rpc(target, heights.map(byHeight));
  const failed = hashes.find((result) => !result.ok || typeof result.value !== "string");
  if (failed) warnings.push(failed.ok ? "getblockhash: expected a block hash" : failed.error);
  // The best hash comes from the same answer as the height, so a block mined meanwhile cannot shift the window.
  const window = failed ? [bestHash] : [...hashes.map((result) => (result.ok ? String(result.value) : "")), bestHash];
  const answers = await rpc(target, window.map(headerOf));
  const headers = answers.map((answer) => {
    if (answer.ok) return readHeader(answer.value, warnings);
    warnings.push(answer.error);
    return null;
  });
  const valid = headers.filter((header): header is BlockHeader => header !== null);
  if (valid.length === headers.length && isChain(valid)) return valid;
  if (valid.length === headers.length) warnings.push("the chain reorganised during collection; no rates this time");
  const best = headers.at(-1);
  return best ? [best] : [];
}

const byHeight = (height: number): RpcCall => ({ method: "getblockhash", params: [height] });
const headerOf = (hash: string): RpcCall => ({ method: "getblockheader", params: [hash, true] });

/** The result object of a call the node may reject: a rejection or a non-object is a warning. */
function optional(result: RpcResult | undefined, method: string, warnings: Warnings): Record<string, unknown> | null {
  if (!result) return null;
  // A method the node does not implement is simply unknown; a failing one is worth a warning.
  if (!result.ok) {
    if (!result.unsupported) warnings.push(result.error);
  } else if (isRecord(result.value)) return result.value;
  else warnings.push(`${method}: expected an object`);
  return null;
}

function rpc(target: NodeTarget, calls: RpcCall[]): Promise<RpcResult[]> {
  return callRpc(target, calls, { version: "1.0" });
}
