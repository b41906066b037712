// HTTP for adapters: a hard timeout, a size cap and errors that say what went wrong.
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

export class NodeRequestError extends Error {
  constructor(
    readonly kind: "timeout" | "connection" | "http" | "invalid-json" | "too-large",
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "NodeRequestError";
  }
}

export interface JsonRequest {
  url: string;
  timeoutMs: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export async function fetchJson(request: JsonRequest): Promise<unknown> {
  const { status, body, where } = await requestJson(request);
  if (status < 200 || status >= 300) throw new NodeRequestError("http", `${where} answered HTTP ${status}`, status);
  return body;
}

/**
 * Like fetchJson, but an error status with a JSON body is returned, not thrown:
 * JSON-RPC servers (Bitcoin Core) put their error object in HTTP 404/500 answers.
 */
export async function requestJson(request: JsonRequest): Promise<{ status: number; body: unknown; where: string }> {
  const signal = AbortSignal.timeout(request.timeoutMs);
  const where = describe(request.url);
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.body === undefined ? "GET" : "POST",
      headers: {
        accept: "application/json",
        ...(request.body === undefined ? {} : { "content-type": "application/json" }),
        ...request.headers,
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal,
      redirect: "error",
    });
  } catch (error) {
    throw connectionError(error, where, request.timeoutMs);
  }
  let text: string;
  try {
    text = await readCapped(response, MAX_RESPONSE_BYTES);
  } catch (error) {
    if (error instanceof NodeRequestError) throw error;
    throw connectionError(error, where, request.timeoutMs);
  }
  try {
    return { status: response.status, body: JSON.parse(text) as unknown, where };
  } catch {
    if (!response.ok) throw new NodeRequestError("http", `${where} answered HTTP ${response.status}`, response.status);
    throw new NodeRequestError(
      "invalid-json",
      `${where} did not answer JSON (${text.slice(0, 60).trim() || "empty body"})`,
    );
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new NodeRequestError("too-large", `response larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function connectionError(error: unknown, where: string, timeoutMs: number): NodeRequestError {
  const name = error instanceof Error ? error.name : "";
  if (name === "TimeoutError" || name === "AbortError") {
    return new NodeRequestError("timeout", `${where} did not answer within ${timeoutMs} ms`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
  return new NodeRequestError("connection", `${where} unreachable: ${cause}`);
}

/** The URL without credentials or query, safe to store in an error message. */
function describe(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return "node";
  }
}
