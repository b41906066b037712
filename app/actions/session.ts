"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isAdminAuthorization } from "@/lib/auth/adminToken.ts";
import { createSessionValue, SESSION_COOKIE } from "@/lib/auth/sessions.ts";
import { getDatabase } from "@/lib/db/getDatabase.ts";
import { getEnv } from "@/lib/env.ts";

/** Only local paths, so the sign-in page cannot be used to send someone elsewhere. */
const safeNext = (next: unknown) => (typeof next === "string" && /^\/(?!\/)[\w\-./?=&%]*$/.test(next) ? next : "/");

export async function signIn(_previous: { error: string | null }, form: FormData): Promise<{ error: string | null }> {
  const token = String(form.get("token") ?? "").trim();
  const { prisma } = await getDatabase();
  if (!(await isAdminAuthorization(prisma, `Bearer ${token}`))) return { error: "That is not the admin token." };
  const session = await createSessionValue(prisma);
  (await cookies()).set(SESSION_COOKIE, session.value, {
    httpOnly: true,
    sameSite: "lax",
    secure: getEnv().CHAINPULSE_SECURE_COOKIES === "true",
    path: "/",
    expires: session.expires,
  });
  redirect(safeNext(form.get("next")));
}

export async function signOut(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
  redirect("/login");
}
