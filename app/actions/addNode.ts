"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safeAction.ts";
import { createNodeInputSchema } from "@/lib/api/schemas/nodes.ts";
import { getScheduler } from "@/lib/collector/getScheduler.ts";
import { createNode } from "@/lib/db/queries/nodes/createNode.ts";
import { getNode } from "@/lib/db/queries/nodes/getNode.ts";

const run = safeAction(createNodeInputSchema, async (input, db) => {
  const node = await createNode(db, input);
  // Collect straight away so the operator sees the node's chains without waiting an interval.
  await (await getScheduler()).collectNow([node.id]);
  return getNode(db, node.id);
});

export async function addNode(input: unknown) {
  const result = await run(input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
