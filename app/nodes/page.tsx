import type { Metadata } from "next";
import { CollectNowButton } from "@/components/CollectNowButton.tsx";
import { NodeForm } from "@/components/nodes/NodeForm.tsx";
import { NodeTable } from "@/components/nodes/NodeTable.tsx";
import { StatePanel } from "@/components/StatePanel.tsx";
import { SignInHint } from "@/components/SignInHint.tsx";
import { requireReadAccess } from "@/lib/auth/pageAccess.ts";
import { getDatabase } from "@/lib/db/getDatabase.ts";
import { listNodes } from "@/lib/db/queries/nodes/listNodes.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Nodes" };

export default async function NodesPage() {
  const { prisma: db } = await getDatabase();
  const canWrite = (await requireReadAccess(db, "/nodes")) === "admin";
  const nodes = await listNodes(db);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Nodes</h1>
        {nodes.length > 0 && canWrite ? <CollectNowButton /> : null}
      </div>
      <section aria-labelledby="add-node-heading" className="space-y-2">
        <h2 id="add-node-heading" className="text-lg font-medium">
          Add a node
        </h2>
        {canWrite ? <NodeForm /> : <SignInHint what="add nodes" next="/nodes" />}
      </section>
      {nodes.length === 0 ? (
        <StatePanel
          state="empty"
          message="No nodes yet. Add one above: ChainPulse collects it right away and then every 15 seconds."
        />
      ) : (
        <NodeTable nodes={nodes} canWrite={canWrite} />
      )}
    </div>
  );
}
