import type { MetricValues } from "../metrics.ts";

export type NodeProtocol = "aitbc" | "evm" | "bitcoin";

/** What an adapter needs to reach a node. Credentials stay on the server. */
export interface NodeTarget {
  url: string;
  timeoutMs: number;
  credentials: NodeCredentials | null;
}

export interface NodeCredentials {
  apiKey?: string;
  bearerToken?: string;
  username?: string;
  password?: string;
}

/** The newest block a node reported for a chain. */
export interface ChainHead {
  height: bigint;
  timestamp: Date | null;
  txCount: number | null;
}

export interface ChainReading {
  /** Stable id derived from the protocol (aitbc chain id, `eip155:<id>`, `bip122:<genesis prefix>`). */
  chainId: string;
  /** A readable default name; the operator may rename the chain later. */
  chainName: string;
  chainType: string;
  head: ChainHead | null;
  /** Values the node reported directly; fields it did not report are null. */
  metrics: MetricValues;
}

export interface NodeReading {
  chains: ChainReading[];
  /** What the node says it runs, when it says. */
  clientVersion: string | null;
  /** Problems that cost some fields but not the whole collection. */
  warnings: string[];
}

export interface NodeAdapter {
  protocol: NodeProtocol;
  collect(target: NodeTarget): Promise<NodeReading>;
}
