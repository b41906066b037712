import { isAdminAuthorization } from "../auth/adminToken.ts";
import type { Db } from "../db/createPrismaClient.ts";
import { getDatabase } from "../db/getDatabase.ts";
import { problemResponse, unauthorized } from "./problems.ts";

export interface RouteContext<P> {
  request: Request;
  params: P;
  db: Db;
}

type Access = "public" | "admin";

/**
 * The common steps of every route handler: access check, the handler's one call,
 * a JSON response; any error becomes application/problem+json.
 */
export function apiRoute<P = Record<string, never>>(
  access: Access,
  handler: (context: RouteContext<P>) => Promise<unknown>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const { prisma: db } = await getDatabase();
      if (access === "admin" && !(await isAdminAuthorization(db, request.headers.get("authorization")))) {
        throw unauthorized("This request needs the admin token: Authorization: Bearer <CHAINPULSE_ADMIN_TOKEN>.");
      }
      const result = await handler({ request, params: await context.params, db });
      return result instanceof Response ? result : Response.json(result, { headers: { "cache-control": "no-store" } });
    } catch (error) {
      return problemResponse(error);
    }
  };
}
