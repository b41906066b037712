import { allows, resolveAccessWithSource } from "../auth/access.ts";
import { cookieValue } from "../auth/cookieValue.ts";
import { SESSION_COOKIE } from "../auth/sessions.ts";
import type { Db } from "../db/createPrismaClient.ts";
import { getDatabase } from "../db/getDatabase.ts";
import { ApiProblem, problemResponse, unauthorized, validationProblem } from "./problems.ts";

export interface RouteContext<P> {
  request: Request;
  params: P;
  db: Db;
}

/** "public" only for the liveness check: load balancers and probes carry no token. */
type Access = "public" | "read" | "admin";

/** A parameter or body the route would ignore is a client's mistake worth saying, not silently dropping. */
function refuseUnread(request: Request, accepts: { query?: boolean; body?: boolean }): void {
  const names = [...new URL(request.url).searchParams.keys()];
  if (!accepts.query && names.length > 0) {
    throw validationProblem(
      names.map((name) => ({ field: `query.${name}`, message: "is not a parameter of this route" })),
    );
  }
  const length = Number(request.headers.get("content-length") ?? "0");
  if (!accepts.body && (length > 0 || request.headers.has("transfer-encoding"))) {
    throw validationProblem([{ field: "body", message: "this route takes no body" }]);
  }
}

function sameOrigin(request: Request): boolean {
  try {
    const origin = request.headers.get("origin");
    return origin !== null && new URL(origin).host === (request.headers.get("host") ?? new URL(request.url).host);
  } catch {
    return false; // "null" or garbage
  }
}

/**
 * The common steps of every route handler: access check, the handler's one call,
 * a JSON response; any error becomes application/problem+json.
 */
export function apiRoute<P = Record<string, never>>(
  access: Access,
  handler: (context: RouteContext<P>) => Promise<unknown>,
  /** What the route reads besides its path; anything else sent is refused, not ignored. */
  accepts: { query?: boolean; body?: boolean } = {},
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const { prisma: db } = await getDatabase();
      const authorization = request.headers.get("authorization");
      const session = cookieValue(request.headers.get("cookie"), SESSION_COOKIE);
      const { level, bySession } = await resolveAccessWithSource(db, { authorization, session });
      if (access !== "public" && !allows(level, access)) {
        throw unauthorized(
          access === "admin"
            ? "This request needs the admin token (Authorization: Bearer <token>) or a signed-in session."
            : "Reading needs a read or admin token, or a signed-in session (or CHAINPULSE_PUBLIC_READ=true).",
        );
      }
      // A cookie rides along on cross-site requests; a write by cookie must come from our own origin.
      if (bySession && request.method !== "GET" && !sameOrigin(request)) {
        throw new ApiProblem(403, "Forbidden", "Cross-site request refused.");
      }
      refuseUnread(request, accepts);
      const result = await handler({ request, params: await context.params, db });
      return result instanceof Response ? result : Response.json(result, { headers: { "cache-control": "no-store" } });
    } catch (error) {
      return problemResponse(error);
    }
  };
}
