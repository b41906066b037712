import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, test } from "vitest";
import { buildDocument } from "../../lib/api/openapi/buildDocument.ts";
import { ROUTES } from "../../lib/api/openapi/routes.ts";

const APP = path.resolve(import.meta.dirname, "../../app");
type Operation = { operationId: string; parameters?: { name: string; in: string }[] };
type Doc = { paths: Record<string, Record<string, Operation>> };

/**
 * Every `export const GET = apiRoute("read", handler, { query: true })` of app/api/v1/**\/route.ts,
 * as "GET /api/v1/..." -> "read query" (access, then the inputs apiRoute lets through).
 */
function implementedOperations(): Map<string, string> {
  const operations = new Map<string, string>();
  const files = readdirSync(path.join(APP, "api/v1"), { recursive: true, encoding: "utf8" }).filter(
    (file) => path.basename(file) === "route.ts",
  );
  for (const file of files) {
    const apiPath = `/api/v1/${path.dirname(file)}`.replaceAll(path.sep, "/").replace(/\[(\w+)\]/g, "{$1}");
    const source = readFileSync(path.join(APP, "api/v1", file), "utf8");
    const exports = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)];
    expect(exports.length, `${file} exports no handler`).toBeGreaterThan(0);
    exports.forEach((match, i) => {
      const text = source.slice(match.index, exports[i + 1]?.index);
      const access = /=\s*apiRoute(?:<[^(]*>)?\(\s*"(public|read|admin)"/.exec(text)?.[1] ?? "unknown";
      const inputs = ["query", "body"].filter((input) => new RegExp(`\\b${input}: true\\b`).test(text));
      operations.set(`${match[1]} ${apiPath}`, [access, ...inputs].join(" "));
    });
  }
  return operations;
}

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found));
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "$ref" && typeof inner === "string") found.push(inner);
      else refsIn(inner, found);
    }
  }
  return found;
}

describe("OpenAPI document", () => {
  const doc = buildDocument() as unknown as Doc;

  test("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(buildDocument()));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  test("the validator does reject a broken document", async () => {
    type Responses = Record<string, { description?: string }>;
    const broken = structuredClone(doc) as unknown as {
      paths: Record<string, Record<string, { responses: Responses }>>;
    };
    delete broken.paths["/api/v1/nodes"]!.get!.responses["200"]!.description;
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  test("every $ref points at something in the document", () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of new Set(refs)) {
      expect(ref, ref).toMatch(/^#\//);
      const target = ref
        .slice(2)
        .split("/")
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  test("documents exactly the operations the route files export, with their access and inputs", () => {
    const implemented = implementedOperations();
    const documented = new Map(
      Object.entries(doc.paths).flatMap(([apiPath, item]) =>
        Object.keys(item).map((method) => {
          const route = ROUTES.find((r) => r.path === apiPath && r.method === method.toUpperCase());
          const inputs = route ? [route.query && "query", route.body && "body"].filter(Boolean) : [];
          return [`${method.toUpperCase()} ${apiPath}`, [route?.access ?? "missing", ...inputs].join(" ")] as const;
        }),
      ),
    );
    expect([...documented.keys()].sort()).toEqual([...implemented.keys()].sort());
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(implemented));
    expect(documented.size).toBe(ROUTES.length);
  });

  test("operation ids are unique and path parameters match the path template", () => {
    const ids = ROUTES.map((route) => route.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [apiPath, item] of Object.entries(doc.paths)) {
      const inTemplate = [...apiPath.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const operation of Object.values(item)) {
        const inPath = (operation.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
        expect(inPath, `${operation.operationId}`).toEqual(inTemplate);
      }
    }
  });
});
