import type { ReactNode } from "react";
import { requireReadAccess } from "@/lib/auth/pageAccess.ts";
import { getDatabase } from "@/lib/db/getDatabase.ts";

// Checked outside the page's loading boundary, so strangers get a real redirect, not a streamed one.
export default async function NodesLayout({ children }: { children: ReactNode }) {
  await requireReadAccess((await getDatabase()).prisma, "/nodes");
  return children;
}
