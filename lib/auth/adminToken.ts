import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "../db/createPrismaClient.ts";
import { getSetting } from "../db/queries/settings/getSetting.ts";
import { setSettingIfAbsent } from "../db/queries/settings/setSettingIfAbsent.ts";
import { getEnv } from "../env.ts";

const SETTING_KEY = "admin_token_sha256";

const sha256 = (text: string) => createHash("sha256").update(text).digest();

/**
 * Makes sure writes have a credential. With CHAINPULSE_ADMIN_TOKEN set, that is it.
 * Otherwise the first start generates one, stores only its hash and returns the token
 * so the caller can print it once.
 */
export async function ensureAdminToken(db: Db): Promise<string | null> {
  if (getEnv().CHAINPULSE_ADMIN_TOKEN) return null;
  if (await getSetting(db, SETTING_KEY)) return null;
  const token = randomBytes(24).toString("base64url");
  const stored = await setSettingIfAbsent(db, SETTING_KEY, sha256(token).toString("hex"));
  return stored ? token : null;
}

/** Whether an Authorization header carries the admin token. */
export async function isAdminAuthorization(db: Db, header: string | null): Promise<boolean> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match) return false;
  const presented = sha256(match[1]!);
  const configured = getEnv().CHAINPULSE_ADMIN_TOKEN;
  const expectedHex = configured ? sha256(configured).toString("hex") : await getSetting(db, SETTING_KEY);
  if (!expectedHex) return false;
  return timingSafeEqual(presented, Buffer.from(expectedHex, "hex"));
}
