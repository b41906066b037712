"use client";

import { useLayoutEffect } from "react";
import "./globals.css";
import { ErrorRecovery } from "@/components/ErrorRecovery.tsx";
import { applyStoredTheme, THEME_STORAGE_KEY } from "@/components/theme/theme.ts";

/** Errors in the root layout itself: this replaces the whole document, header included. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  // This document replaces the root one and is drawn on the client, where an inline script would not run:
  // apply the stored theme before paint instead.
  useLayoutEffect(() => {
    applyStoredTheme(THEME_STORAGE_KEY);
  }, []);
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-screen">
        <title>Error · ChainPulse</title>
        <main className="mx-auto max-w-xl space-y-4 px-4 py-12">
          <h1 className="text-2xl font-semibold">ChainPulse could not load</h1>
          <ErrorRecovery error={error} failed="Something went wrong." onRetry={retry} />
        </main>
      </body>
    </html>
  );
}
