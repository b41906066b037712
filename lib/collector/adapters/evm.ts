// Ethereum JSON-RPC (geth, Nethermind, Erigon, reth, Besu, Anvil, L2 nodes): two round trips per
// collection, one for the node's state and one for the last blocks, whose timestamps give the rates.
import { callRpc, type RpcOptions, type RpcResult } from "../jsonRpc.ts";
import { emptyMetrics } from "../metrics.ts";
import type { Warnings } from "../readValues.ts";
import {
  chainNameFor,
  MAX_HEIGHT,
  readBlock,
  readClientVersion,
  readCount,
  readMempool,
  readQuantity,
  readSyncing,
  toQuantity,
  windowStats,
  type BlockSummary,
} from "./evmValues.ts";
import type { ChainHead, NodeAdapter, NodeTarget } from "./types.ts";

/** Blocks the rates are averaged over (fewer while the chain is shorter). */
export const EVM_BLOCK_WINDOW = 20;

const RPC: RpcOptions = { version: "2.0" };

const STATE_METHODS = [
  "eth_chainId",
  "eth_blockNumber",
  "eth_gasPrice",
  "net_peerCount",
  "eth_syncing",
  "txpool_status",
  "web3_clientVersion",
] as const;
type StateMethod = (typeof STATE_METHODS)[number];
type State = Record<StateMethod, RpcResult>;

export function createEvmAdapter(blockWindow = EVM_BLOCK_WINDOW): NodeAdapter {
  return {
    protocol: "evm",
    async collect(target) {
      const warnings: Warnings = [];
      const state = await readState(target);
      const chainId = required(state, "eth_chainId", MAX_HEIGHT);
      const height = required(state, "eth_blockNumber", MAX_HEIGHT);
      const blocks = await readBlocks(target, height, blockWindow, warnings);
      const latest = blocks.at(-1) ?? null;

      // A method the node rejects (dev nodes often lack net_peerCount or txpool_status) costs its field.
      const optional = <T>(method: StateMethod, read: (value: unknown, label: string, w: Warnings) => T): T | null => {
        const result = state[method];
        if (result.ok) return read(result.value, method, warnings);
        // A method the node does not implement is simply unknown; a failing one is worth a warning.
        if (!result.unsupported) warnings.push(result.error);
        return null;
      };
      const sync = optional("eth_syncing", readSyncing);

      const metrics = emptyMetrics();
      Object.assign(metrics, blocks.every(isBlock) ? windowStats(blocks, warnings) : {});
      metrics.blockHeight = height;
      metrics.gasPrice = optional("eth_gasPrice", readQuantity);
      metrics.baseFee = latest?.baseFee ?? null;
      metrics.peerCount = optional("net_peerCount", readCount);
      metrics.syncing = sync?.syncing ?? null;
      metrics.syncProgress = sync?.syncProgress ?? null;
      metrics.mempoolSize = optional("txpool_status", readMempool);

      const head: ChainHead = {
        height,
        timestamp: latest ? new Date(latest.timestamp * 1000) : null,
        txCount: latest?.txCount ?? null,
      };
      return {
        chains: [{ chainId: `eip155:${chainId}`, chainName: chainNameFor(chainId), chainType: "evm", head, metrics }],
        clientVersion: optional("web3_clientVersion", readClientVersion),
        warnings,
      };
    },
  };
}

export const evmAdapter = createEvmAdapter();

async function readState(target: NodeTarget): Promise<State> {
  const results = await callRpc(
    target,
    STATE_METHODS.map((method) => ({ method })),
    RPC,
  );
  return Object.fromEntries(STATE_METHODS.map((method, index) => [method, results[index]])) as State;
}

/** Without the chain id and the height there is nothing to record: the collection fails. */
function required(state: State, method: StateMethod, max: bigint): bigint {
  const result = state[method];
  if (!result.ok) throw new Error(`the node did not answer ${result.error}`);
  const problems: Warnings = [];
  const value = readQuantity(result.value, method, problems, max);
  if (value === null) throw new Error(`the node answered an invalid ${problems.join("; ")}`);
  return value;
}

/**
 * Blocks height-N..height, oldest first, in one batch; null where a block could not be read.
 * The latest block is always last, so the head survives a gap further back.
 */
async function readBlocks(
  target: NodeTarget,
  height: bigint,
  blockWindow: number,
  warnings: Warnings,
): Promise<(BlockSummary | null)[]> {
  const span = height < BigInt(blockWindow) ? Number(height) : blockWindow;
  const numbers = Array.from({ length: span + 1 }, (_, index) => height - BigInt(span - index));
  const results = await callRpc(
    target,
    numbers.map((number) => ({ method: "eth_getBlockByNumber", params: [toQuantity(number), false] })),
    RPC,
  );
  const problems: Warnings = [];
  const blocks = results.map((result, index) => {
    if (result.ok) return readBlock(result.value, numbers[index]!, problems);
    problems.push(result.error);
    return null;
  });
  // One unreadable block costs the rates; say so once rather than once per block.
  if (problems.length > 0) {
    const lost = blocks.includes(null) ? "tps, avgBlockTime and gasUsedRatio unknown: " : "";
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : "";
    warnings.push(`${lost}${problems[0]}${more}`);
  }
  return blocks;
}

function isBlock(block: BlockSummary | null): block is BlockSummary {
  return block !== null;
}
