import { describe, expect, test } from "vitest";
import { parseEnv } from "../../lib/env.ts";

describe("parseEnv", () => {
  test("defaults to the embedded database in ./.data with the collector on", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ CHAINPULSE_DATA_DIR: "./.data", CHAINPULSE_COLLECTOR: "on" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  test("empty strings count as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  test.each([
    { source: { DATABASE_URL: "mysql://x" }, message: "DATABASE_URL: must be a postgres" },
    { source: { CHAINPULSE_ADMIN_TOKEN: "short" }, message: "CHAINPULSE_ADMIN_TOKEN: must be at least 16" },
    { source: { CHAINPULSE_COLLECTOR: "maybe" }, message: "CHAINPULSE_COLLECTOR" },
    { source: { CHAINPULSE_COLLECT_CONCURRENCY: "0" }, message: "CHAINPULSE_COLLECT_CONCURRENCY" },
  ])("rejects $source with a message naming the variable", ({ source, message }) => {
    expect(() => parseEnv(source)).toThrow(message);
  });
});
