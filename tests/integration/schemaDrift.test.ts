import { readFile } from "node:fs/promises";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BACKENDS, createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

// schema.prisma and the SQL migrations are written by hand; this keeps them from drifting.

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isRequired: boolean;
  isList: boolean;
  hasDefaultValue: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; values: { name: string }[] }[];
    indexes: { model: string; type: string; fields: { name: string }[] }[];
  };
}

async function loadDmmf(): Promise<Dmmf> {
  const schema = await readFile("prisma/schema.prisma", "utf8");
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))) as Dmmf;
}

const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
const columnOf = (field: DmmfField) => field.dbName ?? field.name;

function expectedType(field: DmmfField): string {
  if (field.kind === "enum") return field.type;
  const [native, args] = field.nativeType ?? [null, []];
  if (native === "Uuid") return "uuid";
  if (native === "Timestamptz") return `timestamptz(${args[0] ?? 6})`;
  if (native === "Decimal") return `numeric(${args.join(",")})`;
  const byType: Record<string, string> = {
    String: "text",
    Int: "int4",
    BigInt: "int8",
    Float: "float8",
    Boolean: "bool",
    DateTime: "timestamp(3)",
    Decimal: "numeric(65,30)",
    Json: "jsonb",
  };
  return byType[field.type] ?? `unmapped ${field.type}`;
}

describe.each(BACKENDS)("schema.prisma matches the migrated %s database", (backend) => {
  let db: TestDatabase;
  let dmmf: Dmmf;
  beforeAll(async () => {
    [db, dmmf] = await Promise.all([createTestDatabase(backend), loadDmmf()]);
  });
  afterAll(async () => {
    await db.destroy();
  });

  test("tables and columns: names, types, nullability and defaults", async () => {
    const rows = await db.sql.query(`
      SELECT c.relname AS table_name, a.attname AS column_name, a.attnotnull AS not_null, a.atthasdef AS has_default,
        CASE WHEN t.typname IN ('timestamptz', 'timestamp') THEN t.typname || '(' || a.atttypmod || ')'
             WHEN t.typname = 'numeric' THEN 'numeric(' || ((a.atttypmod - 4) >> 16) || ',' || ((a.atttypmod - 4) & 65535) || ')'
             ELSE t.typname END AS type
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_type t ON t.oid = a.atttypid
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`);
    const actual = rows
      .map(
        (r) =>
          `${r.table_name}.${r.column_name} ${r.type} ${r.not_null ? "NOT NULL" : "NULL"}${r.has_default ? " DEFAULT" : ""}`,
      )
      .sort();
    const expected = dmmf.datamodel.models
      .flatMap((model) =>
        model.fields
          .filter((field) => field.kind !== "object")
          .map(
            (field) =>
              `${tableOf(model)}.${columnOf(field)} ${expectedType(field)} ${field.isRequired ? "NOT NULL" : "NULL"}${field.hasDefaultValue ? " DEFAULT" : ""}`,
          ),
      )
      .sort();
    expect(actual).toEqual(expected);
  });

  test("indexes, unique constraints and primary keys", async () => {
    const rows = await db.sql.query(`
      SELECT t.relname AS table_name, ix.indisprimary AS is_primary, ix.indisunique AS is_unique,
        string_agg(a.attname, ',' ORDER BY k.ord) AS columns
      FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
      GROUP BY t.relname, ix.indexrelid, ix.indisprimary, ix.indisunique`);
    const actual = rows
      .map((r) => `${r.table_name}(${r.columns}) ${r.is_primary ? "id" : r.is_unique ? "unique" : "normal"}`)
      .sort();
    const models = new Map(dmmf.datamodel.models.map((model) => [model.name, model]));
    const expected = dmmf.datamodel.indexes
      .map((index) => {
        const model = models.get(index.model)!;
        const columns = index.fields.map((f) => columnOf(model.fields.find((field) => field.name === f.name)!));
        return `${tableOf(model)}(${columns.join(",")}) ${index.type}`;
      })
      .sort();
    expect(actual).toEqual(expected);
  });

  test("enums and their values", async () => {
    const rows = await db.sql.query(`
      SELECT t.typname AS name, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`);
    const actual = rows.map((r) => `${r.name}: ${r.labels}`).sort();
    const expected = dmmf.datamodel.enums.map((e) => `${e.name}: ${e.values.map((v) => v.name).join(",")}`).sort();
    expect(actual).toEqual(expected);
  });

  test("foreign keys", async () => {
    const rows = await db.sql.query(`
      SELECT c.conrelid::regclass::text AS from_table, c.confrelid::regclass::text AS to_table,
        (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns
      FROM pg_constraint c WHERE c.contype = 'f'`);
    const actual = rows.map((r) => `${r.from_table}(${r.columns}) -> ${r.to_table}`).sort();
    const models = new Map(dmmf.datamodel.models.map((model) => [model.name, model]));
    const expected = dmmf.datamodel.models
      .flatMap((model) =>
        model.fields
          .filter((field) => field.kind === "object" && (field.relationFromFields?.length ?? 0) > 0)
          .map((field) => {
            const columns = field.relationFromFields!.map((name) =>
              columnOf(model.fields.find((f) => f.name === name)!),
            );
            return `${tableOf(model)}(${columns.join(",")}) -> ${tableOf(models.get(field.type)!)}`;
          }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });
});
