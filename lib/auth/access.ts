import { createHash, timingSafeEqual } from "node:crypto";
import type { Db } from "../db/createPrismaClient.ts";
import { getEnv } from "../env.ts";
import { isAdminAuthorization } from "./adminToken.ts";
import { isValidSession } from "./sessions.ts";

export type AccessLevel = "none" | "read" | "admin";

const sameSecret = (a: string, b: string) =>
  timingSafeEqual(createHash("sha256").update(a).digest(), createHash("sha256").update(b).digest());

/**
 * Who is asking: the admin token or an admin session may do everything; the read token (or
 * anyone, with CHAINPULSE_PUBLIC_READ=true) may read.
 */
export async function resolveAccess(
  db: Db,
  credentials: { authorization: string | null; session: string | null | undefined },
): Promise<AccessLevel> {
  return (await resolveAccessWithSource(db, credentials)).level;
}

/** The level and what granted it: a write granted by the session cookie needs a same-origin check. */
export async function resolveAccessWithSource(
  db: Db,
  credentials: { authorization: string | null; session: string | null | undefined },
): Promise<{ level: AccessLevel; bySession: boolean }> {
  const level = await tokenOrPublicAccess(db, credentials.authorization);
  if (level !== "admin" && (await isValidSession(db, credentials.session))) return { level: "admin", bySession: true };
  return { level, bySession: false };
}

async function tokenOrPublicAccess(db: Db, authorization: string | null): Promise<AccessLevel> {
  if (await isAdminAuthorization(db, authorization)) return "admin";
  const env = getEnv();
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (bearer && env.CHAINPULSE_READ_TOKEN && sameSecret(bearer, env.CHAINPULSE_READ_TOKEN)) return "read";
  return env.CHAINPULSE_PUBLIC_READ === "true" ? "read" : "none";
}

export const allows = (level: AccessLevel, needed: "read" | "admin") =>
  needed === "read" ? level !== "none" : level === "admin";
