"use server";

import { safeAction } from "@/lib/actions/safeAction.ts";
import { testNodeInputSchema } from "@/lib/api/schemas/nodes.ts";
import { testConnection } from "@/lib/collector/testConnection.ts";

const run = safeAction(testNodeInputSchema, (input) => testConnection(input));

export async function testNodeConnection(input: unknown) {
  return run(input);
}
