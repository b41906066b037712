import type { z } from "zod";
import { INPUT_COMPONENTS, OUTPUT_COMPONENTS } from "./components.ts";
import { componentRef, inlineSchema, type JsonSchema } from "./jsonSchema.ts";
import { PROBLEM_RESPONSES } from "./problemResponses.ts";
import { routeResponses } from "./responses.ts";
import type { RouteSpec } from "./routes.ts";

const ACCESS_TEXT = {
  public: "Access: public. No credentials: for liveness probes and load balancers.",
  read:
    "Access: read. A read or admin token (`Authorization: Bearer <token>`) or a signed-in session cookie; " +
    "public read when CHAINPULSE_PUBLIC_READ=true (then no credentials are needed).",
  admin:
    "Access: admin. The admin token (`Authorization: Bearer <CHAINPULSE_ADMIN_TOKEN>`) or a signed-in session cookie; " +
    "a write by cookie alone must come from the same origin.",
} as const;

const SUCCESS_TEXT = { 200: "OK", 201: "Created", 202: "Accepted", 204: "No content" } as const;

function parameters(route: RouteSpec): JsonSchema[] {
  const path = Object.entries(route.params?.shape ?? {}).map(([name, schema]) => ({
    name,
    in: "path",
    required: true,
    schema: inlineSchema(schema as z.ZodType, "input"),
  }));
  if (!route.query) return path;
  const query = inlineSchema(route.query, "input");
  const required = new Set((query.required as string[] | undefined) ?? []);
  return [
    ...path,
    ...Object.entries((query.properties ?? {}) as Record<string, JsonSchema>).map(([name, schema]) => ({
      name,
      in: "query",
      required: required.has(name),
      ...(route.queryNotes?.[name] ? { description: route.queryNotes[name] } : {}),
      schema,
    })),
  ];
}

function responses(route: RouteSpec): Record<string, JsonSchema> {
  const entries = [...routeResponses(route)].map(([status, schema]): [string, JsonSchema] => {
    if (status !== route.status) return [String(status), { $ref: PROBLEM_RESPONSES[status]!.ref }];
    const what = `${route.method} ${route.path} ${status}`;
    const headers = Object.entries(route.headers ?? {}).map(([name, description]) => [
      name,
      { description, schema: { type: "string" } },
    ]);
    return [
      String(status),
      {
        description: SUCCESS_TEXT[route.status],
        ...(headers.length > 0 ? { headers: Object.fromEntries(headers) } : {}),
        ...(schema
          ? { content: { "application/json": { schema: componentRef(OUTPUT_COMPONENTS, schema, what) } } }
          : {}),
      },
    ];
  });
  return Object.fromEntries(entries);
}

/** One OpenAPI operation object from a row of the route table. */
export function buildOperation(route: RouteSpec): JsonSchema {
  const params = parameters(route);
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: ACCESS_TEXT[route.access],
    tags: [route.tag],
    security: route.access === "public" ? [] : [{ bearerAuth: [] }, { sessionCookie: [] }],
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(route.body
      ? {
          requestBody: {
            // The handlers read an empty body as {}: a body that accepts {} may be left out.
            required: !route.body.safeParse({}).success,
            content: {
              "application/json": {
                schema: componentRef(INPUT_COMPONENTS, route.body, `${route.method} ${route.path} body`),
              },
            },
          },
        }
      : {}),
    responses: responses(route),
  };
}
