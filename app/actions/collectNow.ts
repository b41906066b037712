"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safeAction.ts";
import { getScheduler } from "@/lib/collector/getScheduler.ts";

const run = safeAction(z.strictObject({}), async () => {
  const results = await (await getScheduler()).collectNow();
  return { collected: results.length, failed: results.filter((r) => r.outcome === "failed").length };
});

export async function collectNow() {
  const result = await run({});
  revalidatePath("/", "layout");
  return result;
}
