import { z } from "zod";
import { chainIdSchema } from "../schemas/common.ts";
import { nodeIdSchema } from "../schemas/nodes.ts";

export type Method = "GET" | "POST" | "PATCH" | "DELETE";
export type Access = "public" | "read" | "admin";

/** One operation of /api/v1, as its route.ts file implements it. */
export interface RouteSpec {
  method: Method;
  /** OpenAPI style: `/api/v1/chains/{chainId}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  access: Access;
  /** Path parameters, each validated as the handler does (a bad one is a 422, not a 404). */
  params?: z.ZodObject;
  /** The handler's query schema; each property becomes a query parameter. Set iff apiRoute's `{ query: true }`. */
  query?: z.ZodType;
  /** Notes for query parameters whose JSON Schema says less than the zod schema (comma lists). */
  queryNotes?: Record<string, string>;
  /** The request body's schema. Set iff apiRoute's `{ body: true }`. */
  body?: z.ZodType;
  /** The success status and its JSON body; null only for 204. */
  status: 200 | 201 | 202 | 204;
  response: z.ZodType | null;
  /** Response headers of the success response: name -> description. */
  headers?: Record<string, string>;
  /** Problems particular to the route; 400/401/403/413/422/500 follow from the rest (responses.ts). */
  errors?: (404 | 409)[];
}

/** Path parameters, validated as the handlers do. */
export const chainParams = z.object({ chainId: chainIdSchema });
export const nodeParams = z.object({ nodeId: nodeIdSchema });
export const ruleParams = z.object({ ruleId: z.uuid("must be a rule id") });
export const alertParams = z.object({ alertId: z.uuid("must be an alert id") });
export const channelParams = z.object({ channelId: z.uuid("must be a channel id") });

export const comma = (values: string[]) => `Comma-separated, any of: ${values.join(", ")}.`;
