import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Db } from "../db/createPrismaClient.ts";
import { resolveAccess, type AccessLevel } from "./access.ts";
import { REQUESTED_URL_HEADER } from "./requestedUrl.ts";
import { SESSION_COOKIE } from "./sessions.ts";

/**
 * The access of the person viewing a page or calling a server action (their session cookie). Read
 * once per request: the root layout, a segment layout, the metadata and the page all ask.
 */
export const viewerAccess = cache(async (db: Db): Promise<AccessLevel> => {
  const session = (await cookies()).get(SESSION_COOKIE)?.value;
  return resolveAccess(db, { authorization: null, session });
});

/** Pages are reads: without a session (and without public read) they lead to the sign-in page. */
export async function requireReadAccess(db: Db, next: string): Promise<AccessLevel> {
  const level = await viewerAccess(db);
  if (level === "none") redirect(`/login?next=${encodeURIComponent(next)}`);
  return level;
}

/** The page URL with its query as the browser asked for it (set by proxy.ts), or `fallback` without it. */
export async function requestedUrl(fallback: string): Promise<string> {
  return (await headers()).get(REQUESTED_URL_HEADER) ?? fallback;
}
