import { errorMessage } from "../errorMessage.ts";

/** POSTs a JSON payload; any 2xx is success. Never throws: the outcome is recorded. */
export async function sendWebhook(
  url: string,
  payload: unknown,
  timeoutMs = 5000,
): Promise<{ ok: boolean; status: number | null; error: string | null }> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "ChainPulse" },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "error",
    });
    await response.body?.cancel();
    return { ok: response.ok, status: response.status, error: response.ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return { ok: false, status: null, error: `${errorMessage(error)}${cause}`.slice(0, 300) };
  }
}
