import { z } from "zod";

export type JsonSchema = Record<string, unknown>;
export type Io = "input" | "output";

const OPTIONS = { target: "draft-2020-12", unrepresentable: "any" } as const;
export const COMPONENT_PREFIX = "#/components/schemas/";

/** Drops what toJSONSchema adds for a standalone document; inside OpenAPI the dialect is the document's. */
function embedded(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));
}

/** One schema, inline (path and query parameters). Nothing is extracted: no $defs to resolve. */
export function inlineSchema(schema: z.ZodType, io: Io): JsonSchema {
  const json = embedded(z.toJSONSchema(schema, { ...OPTIONS, io }) as JsonSchema);
  if ("$defs" in json) throw new Error(`an inline schema needs $defs: ${JSON.stringify(json).slice(0, 200)}`);
  return json;
}

/**
 * Named schemas as components/schemas, converted together so a named schema inside another
 * becomes a $ref to its component. Input (request bodies: defaults optional, dates as strings)
 * and output (responses) are converted separately, as their shapes differ.
 */
export function componentSchemas(named: Record<string, z.ZodType>, io: Io): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) {
    if (registry.has(schema)) throw new Error(`schema ${id} is registered twice under different names`);
    registry.add(schema, { id });
  }
  const { schemas } = z.toJSONSchema(registry, { ...OPTIONS, io, uri: (id) => `${COMPONENT_PREFIX}${id}` });
  const unnamed = Object.keys(schemas).filter((id) => !(id in named));
  if (unnamed.length > 0) throw new Error(`unexpected shared schemas: ${unnamed.join(", ")}`);
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embedded(schema as JsonSchema)]));
}

/** A $ref to the component a schema is registered under; every body and response schema must have one. */
export function componentRef(named: Record<string, z.ZodType>, schema: z.ZodType, what: string): JsonSchema {
  const id = Object.entries(named).find(([, candidate]) => candidate === schema)?.[0];
  if (!id) throw new Error(`${what}: its schema is not in components.ts`);
  return { $ref: `${COMPONENT_PREFIX}${id}` };
}
