import type { z } from "zod";
import { validationProblem } from "./problems.ts";

const MAX_BODY_BYTES = 64 * 1024;

/** Parses with a zod schema; failures become a 422 naming each field at fault. */
export function validate<T extends z.ZodType>(schema: T, input: unknown, where: "body" | "query" | "path"): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationProblem(
    result.error.issues.map((issue) => ({
      field: [where, ...issue.path.map(String)].join("."),
      message: issue.message,
    })),
  );
}

/** Reads a JSON body with a size cap; malformed JSON is a 400. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES)
    throw validationProblem([{ field: "body", message: `larger than ${MAX_BODY_BYTES} bytes` }], 413);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
    throw validationProblem([{ field: "body", message: `larger than ${MAX_BODY_BYTES} bytes` }], 413);
  }
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw validationProblem([{ field: "body", message: "is not valid JSON" }], 400);
  }
}
