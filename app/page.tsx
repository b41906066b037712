import { Suspense } from "react";
import { NoNodesYet } from "@/components/NoNodesYet.tsx";
import { Overview } from "@/components/overview/Overview.tsx";
import { OverviewSkeleton } from "@/components/skeletons/OverviewSkeleton.tsx";
import { requireReadAccess } from "@/lib/auth/pageAccess.ts";
import { getDatabase } from "@/lib/db/getDatabase.ts";
import type { Db } from "@/lib/db/createPrismaClient.ts";
import { countNodes } from "@/lib/db/queries/nodes/countNodes.ts";
import { overviewData } from "@/lib/evaluation/overviewData.ts";

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const { prisma: db } = await getDatabase();
  // Checked before anything streams, so a stranger gets a real redirect to the sign-in page.
  await requireReadAccess(db, "/");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Chains</h1>
      <Suspense fallback={<OverviewSkeleton />}>
        <OverviewContent db={db} />
      </Suspense>
    </div>
  );
}

/** The data part, streamed after the title; the client refreshes it from there. */
async function OverviewContent({ db }: { db: Db }) {
  const [nodeCount, overview] = await Promise.all([countNodes(db), overviewData(db)]);
  return nodeCount === 0 ? <NoNodesYet /> : <Overview initial={overview} />;
}
