"use client";

import Link from "next/link";
import { StatePanel } from "./StatePanel.tsx";

/**
 * What an error boundary shows: what failed, the digest that matches the server log (server errors
 * reach the browser without their message), a retry and a way home.
 */
export function ErrorRecovery({ error, failed, onRetry }: { error: unknown; failed: string; onRetry: () => void }) {
  const digest = digestOf(error);
  return (
    <StatePanel
      state="error"
      message={
        digest
          ? `${failed} If it keeps failing, the server log has the details under error ${digest}.`
          : `${failed} It may be a passing problem: try again.`
      }
      action={
        <div className="flex flex-wrap items-center justify-center gap-3">
          <button
            type="button"
            onClick={onRetry}
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
  );
}

function digestOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("digest" in error)) return null;
  return typeof error.digest === "string" && error.digest !== "" ? error.digest : null;
}
