import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requestedUrl, requireReadAccess } from "@/lib/auth/pageAccess.ts";
import { getDatabase } from "@/lib/db/getDatabase.ts";
import { loadChain } from "./loadChain.ts";

/**
 * Access and existence are decided here, outside the page's loading boundary, so strangers get a
 * real redirect and an unknown chain a real 404 rather than a streamed page that says so.
 */
export default async function ChainLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ chainId: string }>;
}) {
  const rawId = (await params).chainId;
  const { prisma: db } = await getDatabase();
  // Access first, so a 404 does not tell strangers which chain ids exist. After sign-in, back to the
  // same view: range and metrics included.
  await requireReadAccess(db, await requestedUrl(`/chains/${encodeURIComponent(rawId)}`));
  if (!(await loadChain(rawId))) notFound();
  return children;
}
