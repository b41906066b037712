import type { z } from "zod";
import { ApiProblem, type FieldProblem } from "../api/problems.ts";
import { validate } from "../api/validate.ts";
import type { Db } from "../db/createPrismaClient.ts";
import { getDatabase } from "../db/getDatabase.ts";
import { errorMessage } from "../errorMessage.ts";
import { viewerAccess } from "../auth/pageAccess.ts";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; message: string; errors: FieldProblem[] };

/**
 * Server actions go through here: every one is a write, so it needs an admin session; then
 * validate with zod, run, and turn errors into a result the form can show.
 */
export function safeAction<S extends z.ZodType, T>(schema: S, run: (input: z.infer<S>, db: Db) => Promise<T>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    try {
      const { prisma } = await getDatabase();
      if ((await viewerAccess(prisma)) !== "admin") {
        return { ok: false, message: "Sign in with the admin token to change anything.", errors: [] };
      }
      const parsed = validate(schema, input, "body");
      return { ok: true, data: await run(parsed, prisma) };
    } catch (error) {
      if (error instanceof ApiProblem && error.status < 500) {
        return { ok: false, message: error.message, errors: error.errors };
      }
      console.error("[action] failed", error);
      return { ok: false, message: `Something went wrong: ${errorMessage(error)}`, errors: [] };
    }
  };
}
