import { cache } from "react";
import { chainIdSchema } from "@/lib/api/schemas/common.ts";
import { getDatabase } from "@/lib/db/getDatabase.ts";
import { listChains } from "@/lib/db/queries/chains/listChains.ts";

/** The chain of a URL segment, or null; read once per request however many parts of the page ask. */
export const loadChain = cache(async (rawId: string) => {
  const chainId = chainIdSchema.safeParse(decodeURIComponent(rawId));
  if (!chainId.success) return null;
  const { prisma: db } = await getDatabase();
  return (await listChains(db, chainId.data))[0] ?? null;
});
