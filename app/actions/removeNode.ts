"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safeAction.ts";
import { nodeIdSchema } from "@/lib/api/schemas/nodes.ts";
import { deleteNode } from "@/lib/db/queries/nodes/deleteNode.ts";

const run = safeAction(z.strictObject({ id: nodeIdSchema }), (input, db) => deleteNode(db, input.id));

export async function removeNode(id: string) {
  const result = await run({ id });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
