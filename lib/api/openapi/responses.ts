import type { z } from "zod";
import { problemSchema } from "../schemas/responses/problem.ts";
import type { RouteSpec } from "./routes.ts";

/**
 * Every status an operation can answer with, and its JSON body schema (null: no body).
 * The generic problems follow from lib/api/apiRoute.ts and the route's inputs: any route refuses
 * a query parameter or body it does not read (422), a body can be malformed (400) or too large
 * (413), and any non-GET can be a cross-site write by session cookie (403).
 */
export function routeResponses(route: RouteSpec): Map<number, z.ZodType | null> {
  const statuses = new Set<number>([...(route.access === "public" ? [] : [401]), 422, 500, ...(route.errors ?? [])]);
  if (route.body) [400, 413].forEach((status) => statuses.add(status));
  if (route.method !== "GET") statuses.add(403);
  const responses = new Map<number, z.ZodType | null>([[route.status, route.response]]);
  for (const status of [...statuses].sort((a, b) => a - b)) responses.set(status, problemSchema);
  return responses;
}
