import type { TestNodeInput } from "../api/schemas/nodes.ts";
import { errorMessage } from "../errorMessage.ts";
import { adapterFor } from "./adapters/index.ts";

export interface ConnectionTestResult {
  ok: boolean;
  durationMs: number;
  error: string | null;
  clientVersion: string | null;
  warnings: string[];
  /** What the node answered per chain, values as text (heights and wei stay exact). */
  chains: { chainId: string; chainName: string; values: Record<string, string | number | boolean | null> }[];
}

/** Asks a node what a collection would, without storing anything: for the "test connection" button. */
export async function testConnection(input: TestNodeInput): Promise<ConnectionTestResult> {
  const started = performance.now();
  try {
    const reading = await adapterFor(input.protocol).collect({
      url: input.url,
      timeoutMs: input.timeoutMs ?? 5000,
      credentials: input.credentials ?? null,
    });
    return {
      ok: true,
      durationMs: Math.round(performance.now() - started),
      error: null,
      clientVersion: reading.clientVersion,
      warnings: reading.warnings,
      chains: reading.chains.map((chain) => ({
        chainId: chain.chainId,
        chainName: chain.chainName,
        values: Object.fromEntries(
          Object.entries({ ...chain.metrics, headHeight: chain.head?.height ?? null }).map(([key, value]) => [
            key,
            typeof value === "bigint" ? value.toString() : value,
          ]),
        ),
      })),
    };
  } catch (error) {
    return {
      ok: false,
      durationMs: Math.round(performance.now() - started),
      error: errorMessage(error),
      clientVersion: null,
      warnings: [],
      chains: [],
    };
  }
}
