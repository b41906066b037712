import type { ReactNode } from "react";
import { requestedUrl, requireReadAccess } from "@/lib/auth/pageAccess.ts";
import { getDatabase } from "@/lib/db/getDatabase.ts";

// Checked outside the page's loading boundary, so strangers get a real redirect, not a streamed one.
export default async function AlertsLayout({ children }: { children: ReactNode }) {
  // After sign-in, back to the same filter.
  await requireReadAccess((await getDatabase()).prisma, await requestedUrl("/alerts"));
  return children;
}
