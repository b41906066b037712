import { ChainList } from "@/components/ChainList.tsx";
import { NoNodesYet } from "@/components/NoNodesYet.tsx";
import { requireReadAccess } from "@/lib/auth/pageAccess.ts";
import { getDatabase } from "@/lib/db/getDatabase.ts";
import { listChains } from "@/lib/db/queries/chains/listChains.ts";
import { countNodes } from "@/lib/db/queries/nodes/countNodes.ts";

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const { prisma: db } = await getDatabase();
  await requireReadAccess(db, "/");
  const [nodeCount, chains] = await Promise.all([countNodes(db), listChains(db)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Chains</h1>
      {nodeCount === 0 ? <NoNodesYet /> : <ChainList initialChains={chains} />}
    </div>
  );
}
