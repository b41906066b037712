"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** Whether `pathname` is inside the section `href` (plus any `also` prefixes, e.g. "/chains/" for the overview). */
export function isCurrentSection(pathname: string, href: string, also: readonly string[] = []): boolean {
  if (pathname === href) return true;
  if (href !== "/" && pathname.startsWith(`${href}/`)) return true;
  return also.some((prefix) => pathname.startsWith(prefix));
}

/** A main-navigation link that tells assistive technology (and the eye) which section is open. */
export function NavLink({ href, also, children }: { href: string; also?: readonly string[]; children: ReactNode }) {
  const pathname = usePathname() ?? "";
  const current = isCurrentSection(pathname, href, also);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`rounded px-1 py-1 text-sm hover:underline ${
        current ? "font-semibold text-blue-700 underline underline-offset-4 dark:text-blue-300" : ""
      }`}
    >
      {children}
    </Link>
  );
}
