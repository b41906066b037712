import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "../db/createPrismaClient.ts";
import { getSetting } from "../db/queries/settings/getSetting.ts";
import { setSettingIfAbsent } from "../db/queries/settings/setSettingIfAbsent.ts";
import { getEnv } from "../env.ts";

export const SESSION_COOKIE = "chainpulse_session";
export const SESSION_DAYS = 7;
const SECRET_KEY = "session_secret";

/** The key sessions are signed with, made once per installation (rotating it signs everyone out). */
async function sessionSecret(db: Db): Promise<string> {
  const existing = await getSetting(db, SECRET_KEY);
  if (existing) return existing;
  await setSettingIfAbsent(db, SECRET_KEY, randomBytes(32).toString("hex"));
  return (await getSetting(db, SECRET_KEY))!;
}

const sign = (secret: string, payload: string) => createHmac("sha256", secret).update(payload).digest("base64url");

/** The signing key: the installation's secret and the admin token in force, so changing the token ends every session. */
async function signingKey(db: Db): Promise<string> {
  const configured = getEnv().CHAINPULSE_ADMIN_TOKEN;
  const tokenHash = configured
    ? createHash("sha256").update(configured).digest("hex")
    : await getSetting(db, "admin_token_sha256");
  return `${await sessionSecret(db)}:${tokenHash ?? ""}`;
}

/** An admin session: its expiry, signed. Only someone who presented the admin token gets one. */
export async function createSessionValue(db: Db, now = Date.now()): Promise<{ value: string; expires: Date }> {
  const expires = new Date(now + SESSION_DAYS * 86_400_000);
  const payload = `admin.${expires.getTime()}`;
  return { value: `${payload}.${sign(await signingKey(db), payload)}`, expires };
}

export async function isValidSession(db: Db, value: string | undefined | null, now = Date.now()): Promise<boolean> {
  const match = /^(admin\.(\d{13}))\.([\w-]{43})$/.exec(value ?? "");
  if (!match || Number(match[2]) <= now) return false;
  const expected = Buffer.from(sign(await signingKey(db), match[1]!));
  const presented = Buffer.from(match[3]!);
  return expected.length === presented.length && timingSafeEqual(expected, presented);
}
