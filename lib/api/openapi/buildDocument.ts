import packageJson from "../../../package.json" with { type: "json" };
import { SESSION_COOKIE } from "../../auth/sessions.ts";
import { INPUT_COMPONENTS, OUTPUT_COMPONENTS } from "./components.ts";
import { componentSchemas, type JsonSchema } from "./jsonSchema.ts";
import { buildOperation } from "./operation.ts";
import { PROBLEM_RESPONSES } from "./problemResponses.ts";
import { ROUTES } from "./routes.ts";

const TAGS = [
  { name: "system", description: "Service health, this document, collection on demand." },
  { name: "nodes", description: "The nodes ChainPulse collects from." },
  { name: "chains", description: "Chains found from the nodes, their metrics and analytics." },
  { name: "analysis", description: "All chains at once." },
  { name: "alerts", description: "Alerts and the rules that raise them." },
  { name: "notifications", description: "Webhook channels and their delivery log (admin only)." },
];

const DESCRIPTION = `Monitoring and analytics of blockchain nodes.

Errors are application/problem+json (RFC 9457). Reads need a read or admin token or a signed-in session,
unless the server runs with CHAINPULSE_PUBLIC_READ=true; writes need the admin token or a signed-in session.
Times are ISO 8601 in UTC; wei amounts are decimal strings.`;

let cached: JsonSchema | undefined;

/** The OpenAPI 3.1 document of /api/v1, generated from the route table and its zod schemas. */
export function buildDocument(): JsonSchema {
  cached ??= generate();
  return cached;
}

function generate(): JsonSchema {
  const clash = Object.keys(INPUT_COMPONENTS).filter((name) => name in OUTPUT_COMPONENTS);
  if (clash.length > 0) throw new Error(`component names used for input and output: ${clash.join(", ")}`);
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of ROUTES) {
    const item = (paths[route.path] ??= {});
    const method = route.method.toLowerCase();
    if (item[method]) throw new Error(`${route.method} ${route.path} is in the route table twice`);
    item[method] = buildOperation(route);
  }
  return {
    openapi: "3.1.0",
    info: { title: "ChainPulse API", version: packageJson.version, description: DESCRIPTION },
    tags: TAGS,
    paths,
    components: {
      schemas: { ...componentSchemas(OUTPUT_COMPONENTS, "output"), ...componentSchemas(INPUT_COMPONENTS, "input") },
      responses: Object.fromEntries(Object.values(PROBLEM_RESPONSES).map((p) => [p.name, p.response])),
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "CHAINPULSE_ADMIN_TOKEN (everything) or CHAINPULSE_READ_TOKEN (reads only).",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE,
          description: "An admin session, set by signing in with the admin token.",
        },
      },
    },
  };
}
