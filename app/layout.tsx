import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";
import { signOut } from "./actions/session.ts";
import { Providers } from "./providers.tsx";
import { viewerAccess } from "@/lib/auth/pageAccess.ts";
import { getDatabase } from "@/lib/db/getDatabase.ts";

export const metadata: Metadata = {
  title: { default: "ChainPulse", template: "%s · ChainPulse" },
  description: "Self-hosted monitoring and analytics for blockchain nodes on many chains",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const signedIn = (await viewerAccess((await getDatabase()).prisma)) === "admin";
  return (
    <html lang="en">
      <body className="min-h-screen">
        <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <nav className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3" aria-label="Main">
            <Link href="/" className="text-lg font-semibold tracking-tight">
              ChainPulse
            </Link>
            <Link href="/" className="text-sm hover:underline">
              Overview
            </Link>
            <Link href="/nodes" className="text-sm hover:underline">
              Nodes
            </Link>
            <Link href="/alerts" className="text-sm hover:underline">
              Alerts
            </Link>
            <span className="ml-auto">
              {signedIn ? (
                <form action={signOut}>
                  <button type="submit" className="text-sm hover:underline">
                    Sign out
                  </button>
                </form>
              ) : (
                <Link href="/login" className="text-sm hover:underline">
                  Sign in
                </Link>
              )}
            </span>
          </nav>
        </header>
        <Providers>
          <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
