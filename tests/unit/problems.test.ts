import { describe, expect, test } from "vitest";
import { z } from "zod";
import { conflict, notFound, problemResponse } from "../../lib/api/problems.ts";
import { validate } from "../../lib/api/validate.ts";

describe("problemResponse", () => {
  test("validation errors are 422 problem+json naming the field", async () => {
    let thrown: unknown;
    try {
      validate(z.strictObject({ name: z.string() }), { name: 5 }, "body");
    } catch (error) {
      thrown = error;
    }
    const response = problemResponse(thrown);
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 422, errors: [{ field: "body.name" }] });
  });

  test.each([
    { error: notFound("chain x"), status: 404 },
    { error: conflict("taken", "body.name"), status: 409 },
  ])("typed error -> $status", ({ error, status }) => {
    expect(problemResponse(error).status).toBe(status);
  });

  test("anything else is a 500 that reveals no internals", async () => {
    const original = console.error;
    console.error = () => undefined;
    const response = problemResponse(new Error("password=hunter2 at db.internal"));
    console.error = original;
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain("hunter2");
  });
});
