import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChainCharts } from "@/components/ChainCharts.tsx";
import { ChainTitle } from "@/components/ChainTitle.tsx";
import { chainIdSchema } from "@/lib/api/schemas/common.ts";
import { getDatabase } from "@/lib/db/getDatabase.ts";
import { listChains } from "@/lib/db/queries/chains/listChains.ts";
import { parseRange, RANGES } from "./searchParams.ts";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ chainId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function loadChain(rawId: string) {
  const chainId = chainIdSchema.safeParse(decodeURIComponent(rawId));
  if (!chainId.success) return null;
  const { prisma: db } = await getDatabase();
  return (await listChains(db, chainId.data))[0] ?? null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const chain = await loadChain((await params).chainId);
  return { title: chain ? chain.name : "Chain not found" };
}

export default async function ChainPage({ params, searchParams }: Props) {
  const chain = await loadChain((await params).chainId);
  if (!chain) notFound();
  const range = parseRange((await searchParams).range);
  return (
    <div className="space-y-6">
      <div>
        <ChainTitle chainId={chain.id} name={chain.name} />
        <p className="text-sm text-slate-500 dark:text-slate-400">
          {chain.type ?? "unknown type"} · {chain.nodesUp} of {chain.nodeCount} nodes up · head{" "}
          {chain.headHeight?.toLocaleString("en-US") ?? "unknown"}
        </p>
      </div>
      <ChainCharts chainId={chain.id} range={range} rangeSeconds={RANGES[range]} />
    </div>
  );
}
