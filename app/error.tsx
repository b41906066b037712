"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { startTransition, useEffect } from "react";
import { StatePanel } from "@/components/StatePanel.tsx";

/** Errors from a page: say so, offer a retry (fresh server data, then a re-render) and a way home. */
export default function PageError({ error, reset }: { error: unknown; reset: () => void }) {
  const router = useRouter();
  // Server errors reach the client without their message, only with a digest that matches the server log.
  const digest = digestOf(error);

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <StatePanel
        state="error"
        message={
          digest
            ? `This page could not be loaded. If it keeps failing, the server log has the details under error ${digest}.`
            : "This page could not be loaded. It may be a passing problem: try again."
        }
        action={
          <div className="flex flex-wrap items-center justify-center gap-3">
            <button
              type="button"
              onClick={() =>
                startTransition(() => {
                  router.refresh();
                  reset();
                })
              }
              className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700"
            >
              Try again
            </button>
            <Link href="/" className="text-sm font-medium underline">
              Back to the overview
            </Link>
          </div>
        }
      />
    </div>
  );
}

function digestOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("digest" in error)) return null;
  return typeof error.digest === "string" && error.digest !== "" ? error.digest : null;
}
