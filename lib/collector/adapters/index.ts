import { aitbcAdapter } from "./aitbc.ts";
import { evmAdapter } from "./evm.ts";
import type { NodeAdapter, NodeProtocol } from "./types.ts";

// One adapter per protocol; a protocol without an adapter yet fails its collections clearly.
const adapters: Partial<Record<NodeProtocol, NodeAdapter>> = {
  aitbc: aitbcAdapter,
  evm: evmAdapter,
};

export function adapterFor(protocol: NodeProtocol): NodeAdapter {
  const adapter = adapters[protocol];
  if (!adapter) throw new Error(`no adapter for protocol "${protocol}" yet`);
  return adapter;
}
