"use client";

import Link from "next/link";
import { useLayoutEffect } from "react";
import "./globals.css";
import { applyStoredTheme, THEME_STORAGE_KEY } from "@/components/theme/theme.ts";

/** Errors in the root layout itself: this replaces the whole document, header included. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  // This document replaces the root one and is drawn on the client, where an inline script would not run:
  // apply the stored theme before paint instead.
  useLayoutEffect(() => {
    applyStoredTheme(THEME_STORAGE_KEY);
  }, []);
  const digest =
    typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : null;
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-screen">
        <title>Error · ChainPulse</title>
        <main className="mx-auto max-w-xl space-y-4 px-4 py-12">
          <h1 className="text-2xl font-semibold">ChainPulse could not load</h1>
          <div
            role="alert"
            className="rounded-lg border border-red-300 bg-red-50 p-6 text-center text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
          >
            <p>
              {digest
                ? `Something went wrong. If it keeps failing, the server log has the details under error ${digest}.`
                : "Something went wrong. It may be a passing problem: try again."}
            </p>
            <div className="mt-4 flex flex-wrap items-center justify-center gap-3">
              <button
                type="button"
                onClick={() => retry()}
                className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700"
              >
                Try again
              </button>
              <Link href="/" className="text-sm font-medium underline">
                Back to the overview
              </Link>
            </div>
          </div>
        </main>
      </body>
    </html>
  );
}
