import type { NodeDto } from "../../../api/schemas/nodes.ts";
import type { Node, NodeChain } from "../../generated/client.ts";

type NodeRow = Omit<Node, "credentials"> & { chains: NodeChain[]; hasCredentials: boolean };

const toNumber = (value: bigint | null) => (value === null ? null : Number(value));

export function toNodeDto(node: NodeRow): NodeDto {
  return {
    id: node.id,
    name: node.name,
    url: node.url,
    protocol: node.protocol,
    enabled: node.enabled,
    intervalSeconds: node.intervalSeconds,
    timeoutMs: node.timeoutMs,
    hasCredentials: node.hasCredentials,
    status: node.status,
    consecutiveFailures: node.consecutiveFailures,
    clientVersion: node.clientVersion,
    lastScrapeAt: node.lastScrapeAt?.toISOString() ?? null,
    lastScrapeMs: node.lastScrapeMs,
    lastError: node.lastError,
    chains: node.chains
      .map((chain) => ({
        chainId: chain.chainId,
        height: toNumber(chain.headHeight),
        lagBlocks: toNumber(chain.lagBlocks),
      }))
      .sort((a, b) => a.chainId.localeCompare(b.chainId)),
    createdAt: node.createdAt.toISOString(),
  };
}
