import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";
import { signOut } from "./actions/session.ts";
import { Providers } from "./providers.tsx";
import { Clock } from "@/components/live/Clock.tsx";
import { NavLink } from "@/components/NavLink.tsx";
import { ThemeToggle } from "@/components/theme/ThemeToggle.tsx";
import { THEME_SCRIPT } from "@/components/theme/themeScript.ts";
import { viewerAccess } from "@/lib/auth/pageAccess.ts";
import { getDatabase } from "@/lib/db/getDatabase.ts";

export const metadata: Metadata = {
  title: { default: "ChainPulse", template: "%s · ChainPulse" },
  description: "Self-hosted monitoring and analytics for blockchain nodes on many chains",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const signedIn = (await viewerAccess((await getDatabase()).prisma)) === "admin";
  return (
    // The inline script sets class and color-scheme on <html> before React hydrates: expected, not a mismatch.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen">
        {/* First thing Tab reaches; it stays above the viewport until focused. */}
        <a
          href="#content"
          className="fixed top-2 left-2 z-50 -translate-y-[150%] rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white focus:translate-y-0"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          {/* Wraps instead of scrolling: at phone width the links take one row, theme and sign-in the next. */}
          <nav className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3" aria-label="Main">
            <Link href="/" className="mr-2 rounded text-lg font-semibold tracking-tight">
              ChainPulse
            </Link>
            <NavLink href="/" also={OVERVIEW_ALSO}>
              Overview
            </NavLink>
            <NavLink href="/nodes">Nodes</NavLink>
            <NavLink href="/alerts">Alerts</NavLink>
            <div className="ml-auto flex items-center gap-3">
              <ThemeToggle />
              {signedIn ? (
                <form action={signOut}>
                  <button type="submit" className="rounded px-1 py-1 text-sm hover:underline">
                    Sign out
                  </button>
                </form>
              ) : (
                <Link href="/login" className="rounded px-1 py-1 text-sm hover:underline">
                  Sign in
                </Link>
              )}
            </div>
          </nav>
        </header>
        <Clock renderedAt={new Date().getTime()}>
          <Providers>
            <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
              {children}
            </main>
          </Providers>
        </Clock>
      </body>
    </html>
  );
}

// A chain page belongs to the overview section.
const OVERVIEW_ALSO = ["/chains/"] as const;
