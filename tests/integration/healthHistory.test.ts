import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { HealthBreakdownItem } from "../../lib/analytics/health.ts";
import { MAX_POINTS } from "../../lib/api/schemas/metrics.ts";
import { getHealthHistory } from "../../lib/db/queries/health/getHealthHistory.ts";
import { BACKENDS, createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

const item = (component: "tps" | "memory", score: number | null, value: number | null): HealthBreakdownItem => ({
  component,
  metric: component === "tps" ? "tps" : "memoryUsageMb",
  value,
  score,
  weight: component === "tps" ? 0.3 : 0.2,
  effectiveWeight: score === null ? 0 : 0.5,
});

describe.each(BACKENDS)("health history with its breakdown on %s", (backend) => {
  let db: TestDatabase;
  const from = new Date("2026-11-30T10:00:00Z");
  const to = new Date("2026-11-30T11:00:00Z");

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await db.prisma.chain.create({ data: { id: "c", name: "c" } });
    await db.prisma.healthScore.createMany({
      data: [
        // Two scores in the first 3.6 s bucket, one in a later bucket.
        {
          chainId: "c",
          time: new Date("2026-11-30T10:00:01Z"),
          score: 80,
          healthClass: "good",
          breakdown: [item("tps", 100, 5), item("memory", 60, 3000)],
        },
        {
          chainId: "c",
          time: new Date("2026-11-30T10:00:02Z"),
          score: 60,
          healthClass: "fair",
          breakdown: [item("tps", 60, 3), item("memory", null, null)],
        },
        {
          chainId: "c",
          time: new Date("2026-11-30T10:30:00Z"),
          score: 90,
          healthClass: "excellent",
          breakdown: [item("tps", 90, 4)],
        },
        // Outside the range and of another chain: not read.
        { chainId: "c", time: new Date("2026-11-30T11:00:00Z"), score: 10, healthClass: "poor", breakdown: [] },
        { chainId: "other", time: new Date("2026-11-30T10:00:01Z"), score: 10, healthClass: "poor", breakdown: [] },
      ] as never,
    });
  });
  afterAll(async () => {
    await db.destroy();
  });

  test("each bucket averages its scores and each component, leaving unknowns out of the average", async () => {
    const history = await getHealthHistory(db.prisma, "c", from, to);
    expect(history).toHaveLength(2);
    const [first, second] = history;
    expect(first!.t).toBe("2026-11-30T10:00:00.000Z");
    expect(first!.score).toBe(70);
    expect(first!.breakdown).toEqual([
      { component: "memory", metric: "memoryUsageMb", value: 3000, score: 60, weight: 0.2, effectiveWeight: 0.25 },
      { component: "tps", metric: "tps", value: 4, score: 80, weight: 0.3, effectiveWeight: 0.5 },
    ]);
    expect(second!.score).toBe(90);
    expect(second!.breakdown.map((b) => b.component)).toEqual(["tps"]);
  });

  test("a 30-day range is bucketed to at most MAX_POINTS", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      chainId: "c",
      time: new Date(Date.parse("2026-10-01T00:00:00Z") + i * 864_000),
      score: 50,
      healthClass: "fair",
      breakdown: [item("tps", 50, 1)],
    }));
    await db.prisma.healthScore.createMany({ data: rows as never });
    const history = await getHealthHistory(
      db.prisma,
      "c",
      new Date("2026-10-01T00:00:00Z"),
      new Date("2026-10-31T00:00:00Z"),
    );
    expect(history.length).toBeGreaterThan(500);
    expect(history.length).toBeLessThanOrEqual(MAX_POINTS);
  });
});
