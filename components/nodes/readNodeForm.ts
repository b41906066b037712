// Turns the node form into the API's input shape; the server validates it again.
const CREDENTIAL_KEYS = ["apiKey", "bearerToken", "username", "password"] as const;

function text(data: FormData, key: string): string | undefined {
  const value = data.get(key);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function integer(data: FormData, key: string): number | undefined {
  const value = text(data, key);
  return value === undefined ? undefined : Number(value);
}

/** Credentials typed into the form; `undefined` when none were, `null` when the operator asked to clear them. */
export function readCredentials(data: FormData): Record<string, string> | null | undefined {
  if (data.get("clearCredentials") === "on") return null;
  const entries: [string, string][] = [];
  for (const key of CREDENTIAL_KEYS) {
    const value = text(data, key);
    if (value !== undefined) entries.push([key, value]);
  }
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

export function readNodeForm(data: FormData) {
  const input: Record<string, unknown> = {
    name: text(data, "name") ?? "",
    url: text(data, "url") ?? "",
    protocol: text(data, "protocol"),
    intervalSeconds: integer(data, "intervalSeconds"),
    timeoutMs: integer(data, "timeoutMs"),
    credentials: readCredentials(data),
  };
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}
