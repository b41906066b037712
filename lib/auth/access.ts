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
  if (await isAdminAuthorization(db, credentials.authorization)) return "admin";
  if (await isValidSession(db, credentials.session)) return "admin";
  const env = getEnv();
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(credentials.authorization ?? "")?.[1];
  if (bearer && env.CHAINPULSE_READ_TOKEN && sameSecret(bearer, env.CHAINPULSE_READ_TOKEN)) return "read";
  return env.CHAINPULSE_PUBLIC_READ === "true" ? "read" : "none";
}

export const allows = (level: AccessLevel, needed: "read" | "admin") =>
  needed === "read" ? level !== "none" : level === "admin";
