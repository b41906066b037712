import type { Metadata } from "next";
import Link from "next/link";
import { StatePanel } from "@/components/StatePanel.tsx";

export const metadata: Metadata = { title: "Not found" };

/** Unknown addresses and chains that do not exist (notFound()). */
export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <StatePanel
        state="empty"
        message="There is nothing at this address. The chain or page may have been removed, or the link is mistyped."
        action={
          <Link
            href="/"
            className="inline-block rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700"
          >
            Back to the overview
          </Link>
        }
      />
    </div>
  );
}
