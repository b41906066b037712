"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safeAction.ts";
import { updateChainInputSchema } from "@/lib/api/schemas/chainUpdate.ts";
import { chainIdSchema } from "@/lib/api/schemas/common.ts";
import { renameChain as rename } from "@/lib/db/queries/chains/renameChain.ts";

const run = safeAction(z.strictObject({ chainId: chainIdSchema, changes: updateChainInputSchema }), (input, db) =>
  rename(db, input.chainId, input.changes),
);

export async function renameChain(chainId: string, name: string) {
  const result = await run({ chainId, changes: { name } });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
