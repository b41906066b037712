// JSON-RPC 2.0 / Bitcoin Core 1.0 over HTTP for the evm and bitcoin adapters: one batch when the
// node accepts batches, one request per call when it does not. A method the node rejects is a
// failed call (its field becomes null), not a failed collection; a node that cannot be reached
// or answers garbage throws.
import { NodeRequestError, requestJson } from "./fetchJson.ts";
import { isRecord } from "./readValues.ts";
import type { NodeTarget } from "./adapters/types.ts";

export interface RpcCall {
  method: string;
  params?: unknown[];
}

/** `unsupported`: the node does not implement the method (a stable fact, unlike a failing call). */
export type RpcResult = { ok: true; value: unknown } | { ok: false; error: string; unsupported: boolean };

// JSON-RPC's "method not found", and the "method not supported" some Ethereum nodes use.
const UNSUPPORTED_CODES = new Set([-32601, -32004]);

export interface RpcOptions {
  /** "2.0" for Ethereum, "1.0" for Bitcoin Core. */
  version: "1.0" | "2.0";
  /** Try one batch request first (default true). */
  batch?: boolean;
}

export async function callRpc(target: NodeTarget, calls: RpcCall[], options: RpcOptions): Promise<RpcResult[]> {
  if (calls.length === 0) return [];
  if (options.batch !== false && calls.length > 1) {
    const batched = await tryBatch(target, calls, options);
    if (batched) return batched;
  }
  return Promise.all(calls.map((call, index) => callOne(target, call, index, options)));
}

async function tryBatch(target: NodeTarget, calls: RpcCall[], options: RpcOptions): Promise<RpcResult[] | null> {
  const { status, body } = await post(
    target,
    calls.map((call, index) => envelope(call, index, options)),
  );
  // Nodes without batch support answer with one error object, a 4xx, or an empty array.
  if (!Array.isArray(body) || body.length === 0 || (status >= 400 && status !== 500)) return null;
  const byId = new Map<unknown, unknown>(body.filter(isRecord).map((item) => [item.id, item]));
  return calls.map((call, index) => toResult(call, byId.get(index)));
}

async function callOne(target: NodeTarget, call: RpcCall, index: number, options: RpcOptions): Promise<RpcResult> {
  const { status, body } = await post(target, envelope(call, index, options));
  if (!isRecord(body)) {
    throw new NodeRequestError("invalid-json", `${call.method}: expected a JSON-RPC response object (HTTP ${status})`);
  }
  return toResult(call, body);
}

function toResult(call: RpcCall, item: unknown): RpcResult {
  if (!isRecord(item)) return { ok: false, error: `${call.method}: no response`, unsupported: false };
  if (item.error !== undefined && item.error !== null) {
    const message = isRecord(item.error) && typeof item.error.message === "string" ? item.error.message : "error";
    const unsupported =
      isRecord(item.error) && typeof item.error.code === "number" && UNSUPPORTED_CODES.has(item.error.code);
    return { ok: false, error: `${call.method}: ${message.slice(0, 200)}`, unsupported };
  }
  if (!("result" in item)) return { ok: false, error: `${call.method}: response without result`, unsupported: false };
  return { ok: true, value: item.result };
}

function envelope(call: RpcCall, id: number, options: RpcOptions) {
  return { jsonrpc: options.version, id, method: call.method, params: call.params ?? [] };
}

function post(target: NodeTarget, body: unknown) {
  const headers: Record<string, string> = {};
  const { username, password, bearerToken } = target.credentials ?? {};
  if (username !== undefined || password !== undefined) {
    headers.authorization = `Basic ${Buffer.from(`${username ?? ""}:${password ?? ""}`).toString("base64")}`;
  } else if (bearerToken) {
    headers.authorization = `Bearer ${bearerToken}`;
  }
  const refused = (status: number) =>
    new NodeRequestError(
      "http",
      `the node refused the RPC credentials (HTTP ${status}); check the username and password`,
      status,
    );
  const isRefusal = (status: number | undefined) => status === 401 || status === 403;
  // Bitcoin Core answers wrong credentials with an empty 401, which requestJson throws as a plain HTTP error.
  return requestJson({ url: target.url, timeoutMs: target.timeoutMs, headers, body }).then(
    (response) => {
      if (isRefusal(response.status)) throw refused(response.status);
      return response;
    },
    (error: unknown) => {
      if (error instanceof NodeRequestError && isRefusal(error.status)) throw refused(error.status!);
      throw error;
    },
  );
}
