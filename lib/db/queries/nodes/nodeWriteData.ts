import type { CreateNodeInput, UpdateNodeInput } from "../../../api/schemas/nodes.ts";

/** Input as the nodes table stores it: credentials as a JSON string, null to clear, absent to keep. */
export function nodeWriteData<T extends CreateNodeInput | UpdateNodeInput>(input: T) {
  const { credentials, ...rest } = input;
  if (credentials === undefined) return rest;
  return { ...rest, credentials: credentials === null ? null : JSON.stringify(credentials) };
}
