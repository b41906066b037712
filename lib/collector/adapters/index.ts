import { aitbcAdapter } from "./aitbc.ts";
import { bitcoinAdapter } from "./bitcoin.ts";
import { evmAdapter } from "./evm.ts";
import type { NodeAdapter, NodeProtocol } from "./types.ts";

// One adapter per protocol.
const adapters: Record<NodeProtocol, NodeAdapter> = {
  aitbc: aitbcAdapter,
  evm: evmAdapter,
  bitcoin: bitcoinAdapter,
};

export function adapterFor(protocol: NodeProtocol): NodeAdapter {
  return adapters[protocol];
}
