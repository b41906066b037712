"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safeAction.ts";
import { nodeIdSchema, updateNodeInputSchema } from "@/lib/api/schemas/nodes.ts";
import { updateNode as update } from "@/lib/db/queries/nodes/updateNode.ts";

const run = safeAction(z.strictObject({ id: nodeIdSchema, changes: updateNodeInputSchema }), (input, db) =>
  update(db, input.id, input.changes),
);

export async function updateNode(id: string, changes: unknown) {
  const result = await run({ id, changes });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
