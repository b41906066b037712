import { COMPONENT_PREFIX } from "./jsonSchema.ts";

const NAMES: Record<number, [name: string, description: string]> = {
  400: ["BadRequest", "Malformed JSON body."],
  401: ["Unauthorized", "Missing or wrong credentials (WWW-Authenticate: Bearer)."],
  403: ["Forbidden", "A write authenticated only by the session cookie, from another origin."],
  404: ["NotFound", "The resource does not exist."],
  409: ["Conflict", "Conflicts with the current state: a name in use, an alert already resolved."],
  413: ["PayloadTooLarge", "The body is larger than 64 KiB."],
  422: [
    "InvalidInput",
    "A path, query or body value is invalid, or one the route does not read was sent; `errors` names each field.",
  ],
  500: ["InternalError", "An unexpected server error."],
};

/** components/responses: one application/problem+json response per error status. */
export const PROBLEM_RESPONSES: Record<number, { name: string; ref: string; response: Record<string, unknown> }> =
  Object.fromEntries(
    Object.entries(NAMES).map(([status, [name, description]]) => [
      status,
      {
        name,
        ref: `#/components/responses/${name}`,
        response: {
          description,
          content: { "application/problem+json": { schema: { $ref: `${COMPONENT_PREFIX}Problem` } } },
        },
      },
    ]),
  );
