// The reference system's node HTTP API. Real nodes serve only /health and /rpc/head;
// /api/chains/{id}/stats and /api/node/info are used when a node serves them.
import { errorMessage } from "../../errorMessage.ts";
import { fetchJson, NodeRequestError } from "../fetchJson.ts";
import { emptyMetrics, type MetricValues } from "../metrics.ts";
import { isRecord, readBigInt, readCount, readGauge, readTimestamp, type Warnings } from "../readValues.ts";
import type { ChainHead, ChainReading, NodeAdapter, NodeTarget } from "./types.ts";

const CHAIN_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const MAX_CHAINS = 100;

export const aitbcAdapter: NodeAdapter = {
  protocol: "aitbc",
  async collect(target) {
    const warnings: Warnings = [];
    const chainIds = await readSupportedChains(target);
    const info = await getOptional(target, "/api/node/info", warnings);
    const chains = await Promise.all(chainIds.map((chainId) => readChain(target, chainId, info, warnings)));
    // /rpc/head is the one thing every aitbc node serves: without a single head the node is not working.
    if (chains.length > 0 && chains.every((chain) => chain.head === null)) {
      throw new Error(
        `no chain head could be read (${warnings.find((w) => w.startsWith("/rpc/head")) ?? "no answer"})`,
      );
    }
    const version = info?.version;
    return { chains, clientVersion: typeof version === "string" ? version.slice(0, 200) : null, warnings };
  },
};

async function readSupportedChains(target: NodeTarget): Promise<string[]> {
  const health = await get(target, "/health");
  const listed = isRecord(health) ? health.supported_chains : undefined;
  if (!Array.isArray(listed)) throw new Error("/health did not list supported_chains");
  const valid = listed.filter((id): id is string => typeof id === "string" && CHAIN_ID.test(id));
  if (valid.length !== listed.length) throw new Error("/health listed a chain id that is not a short identifier");
  return [...new Set(valid)].slice(0, MAX_CHAINS);
}

async function readChain(
  target: NodeTarget,
  chainId: string,
  info: Record<string, unknown> | null,
  warnings: Warnings,
): Promise<ChainReading> {
  const encoded = encodeURIComponent(chainId);
  const [head, stats] = await Promise.all([
    readHead(target, chainId, warnings),
    getOptional(target, `/api/chains/${encoded}/stats`, warnings),
  ]);
  const metrics = emptyMetrics();
  if (info) readNodeInfo(info, metrics, warnings);
  if (stats) readStats(stats, metrics, warnings);
  metrics.blockHeight ??= head?.height ?? null;
  return { chainId, chainName: chainId, chainType: "aitbc", head, metrics };
}

async function readHead(target: NodeTarget, chainId: string, warnings: Warnings): Promise<ChainHead | null> {
  try {
    const body = await get(target, `/rpc/head?chain_id=${encodeURIComponent(chainId)}`);
    if (!isRecord(body)) throw new Error("not an object");
    const label = `head(${chainId})`;
    const height = readBigInt(body, "height", label, warnings);
    if (height === null) throw new Error("no valid height");
    return {
      height,
      timestamp: readTimestamp(body, "timestamp", label, warnings),
      txCount: readCount(body, "tx_count", label, warnings),
    };
  } catch (error) {
    warnings.push(`/rpc/head for ${chainId}: ${errorMessage(error)}`);
    return null;
  }
}

function readStats(stats: Record<string, unknown>, metrics: MetricValues, warnings: Warnings): void {
  const label = "stats";
  metrics.blockHeight = readBigInt(stats, "block_height", label, warnings);
  metrics.tps = readGauge(stats, "tps", label, warnings);
  metrics.avgBlockTime = readGauge(stats, "avg_block_time", label, warnings);
  metrics.gasPrice = readBigInt(stats, "gas_price", label, warnings, 2n ** 256n - 1n);
  metrics.memoryUsageMb = readGauge(stats, "memory_usage_mb", label, warnings) ?? metrics.memoryUsageMb;
  metrics.diskUsageMb = readGauge(stats, "disk_usage_mb", label, warnings) ?? metrics.diskUsageMb;
  metrics.activeNodes = readCount(stats, "active_nodes", label, warnings);
  metrics.clientCount = readCount(stats, "client_count", label, warnings);
  metrics.minerCount = readCount(stats, "miner_count", label, warnings);
  metrics.agentCount = readCount(stats, "agent_count", label, warnings);
}

function readNodeInfo(info: Record<string, unknown>, metrics: MetricValues, warnings: Warnings): void {
  const label = "node info";
  metrics.memoryUsageMb = readGauge(info, "memory_usage_mb", label, warnings);
  metrics.diskUsageMb = readGauge(info, "disk_usage_mb", label, warnings);
  metrics.networkInMb = readGauge(info, "network_in_mb", label, warnings);
  metrics.networkOutMb = readGauge(info, "network_out_mb", label, warnings);
  // Not in the reference API; some nodes add them, and memory/disk percentages need them.
  metrics.memoryTotalMb = readGauge(info, "memory_total_mb", label, warnings);
  metrics.diskTotalMb = readGauge(info, "disk_total_mb", label, warnings);
}

function get(target: NodeTarget, path: string): Promise<unknown> {
  // Relative to the node URL, so a node behind a path prefix (https://host/aitbc/) works.
  const url = new URL(path.replace(/^\//, ""), withTrailingSlash(target.url)).toString();
  return fetchJson({ url, timeoutMs: target.timeoutMs, headers: authHeaders(target) });
}

/** An endpoint a node may not serve: 404 means "not served", anything else is a warning. */
async function getOptional(
  target: NodeTarget,
  path: string,
  warnings: Warnings,
): Promise<Record<string, unknown> | null> {
  try {
    const body = await get(target, path);
    if (isRecord(body)) return body;
    warnings.push(`${path.split("?")[0]}: expected a JSON object`);
  } catch (error) {
    if (!(error instanceof NodeRequestError && error.status === 404)) warnings.push(`${path}: ${errorMessage(error)}`);
  }
  return null;
}

function authHeaders(target: NodeTarget): Record<string, string> {
  const headers: Record<string, string> = {};
  if (target.credentials?.apiKey) headers["x-api-key"] = target.credentials.apiKey;
  if (target.credentials?.bearerToken) headers.authorization = `Bearer ${target.credentials.bearerToken}`;
  return headers;
}

function withTrailingSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
