import { afterAll, beforeAll, describe, expect, test } from "vitest";

// Reads are open in this file; access itself is tested in access.test.ts.
process.env.CHAINPULSE_PUBLIC_READ = "true";
import { GET as predictionsRoute } from "../../app/api/v1/chains/[chainId]/predictions/route.ts";
import { emptyMetrics } from "../../lib/collector/metrics.ts";
import { insertSamples } from "../../lib/db/queries/collection/insertSamples.ts";
import { claimPeriodicJob } from "../../lib/db/queries/settings/claimPeriodicJob.ts";
import {
  PREDICTION_HORIZON_SECONDS,
  runPredictions,
  scoreDuePredictions,
} from "../../lib/evaluation/runPredictions.ts";
import { useDatabaseForRoutes } from "../helpers/routeDatabase.ts";
import { BACKENDS, createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

describe.each(BACKENDS)("predictions stored and scored on %s", (backend) => {
  let db: TestDatabase;
  let nodeId: string;
  // Synthetic times around now, so the forecasts' targets lie ahead of the database's now().
  const t0 = Date.now() - 100 * 60_000;
  // Disk grows 10 MB a minute, TPS is flat at 5: a trend and a level, sampled every minute.
  const sampleAt = (minute: number) => ({
    ...emptyMetrics(),
    chainId: "c",
    nodeId,
    time: new Date(t0 + minute * 60_000),
    tps: 5 + 0.01 * Math.sin(minute),
    // Real disks do not grow in a perfect line: a little deterministic wobble.
    diskUsageMb: 1000 + 10 * minute + 3 * Math.sin(minute * 1.7),
  });

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    useDatabaseForRoutes(db);
    nodeId = (await db.prisma.node.create({ data: { name: "n", url: "http://127.0.0.1:1", protocol: "aitbc" } })).id;
    await db.prisma.chain.create({ data: { id: "c", name: "c", type: "aitbc" } });
    await insertSamples(
      db.prisma,
      Array.from({ length: 120 }, (_, minute) => sampleAt(minute)),
    );
  });
  afterAll(async () => {
    await db.destroy();
  });

  test("forecasts by time with an interval, then scores them against what happened", async () => {
    const madeAt = new Date(t0 + 120 * 60_000);
    expect(await runPredictions(db.prisma, madeAt)).toBeGreaterThanOrEqual(2);
    const disk = await db.prisma.prediction.findFirstOrThrow({ where: { metric: "disk_usage_mb" } });
    const expected = 1000 + 10 * (120 + PREDICTION_HORIZON_SECONDS / 60);
    expect(disk.value).toBeGreaterThan(expected * 0.97);
    expect(disk.value).toBeLessThan(expected * 1.03);
    expect(disk.lower).toBeLessThanOrEqual(disk.value);
    expect(disk.upper).toBeGreaterThanOrEqual(disk.value);
    expect(disk.confidence).toBeGreaterThan(0.5);
    // Metrics the node never reported get no prediction, not a zero one.
    expect(await db.prisma.prediction.count({ where: { metric: "memory_usage_mb" } })).toBe(0);

    expect(await scoreDuePredictions(db.prisma, madeAt)).toBe(0);
    await insertSamples(
      db.prisma,
      Array.from({ length: 80 }, (_, i) => sampleAt(120 + i)),
    );
    // Too soon after the target: not scored yet (samples after it may still arrive).
    expect(await scoreDuePredictions(db.prisma, new Date(disk.targetTime.getTime() + 5 * 60_000))).toBe(0);
    const later = new Date(disk.targetTime.getTime() + 16 * 60_000);
    expect(await scoreDuePredictions(db.prisma, later)).toBeGreaterThanOrEqual(2);
    const scored = await db.prisma.prediction.findUniqueOrThrow({ where: { id: disk.id } });
    expect(Math.abs(scored.actual! - expected)).toBeLessThan(5);
    // One forecast may land just outside an 80 % interval; coverage over many is a unit-test matter.
    expect(scored.insideInterval).not.toBeNull();
    expect(scored.absError).toBeCloseTo(Math.abs(disk.value - scored.actual!), 6);

    const body = (await (
      await predictionsRoute(new Request("http://x"), { params: Promise.resolve({ chainId: "c" }) })
    ).json()) as {
      predictions: unknown[];
      accuracy: { metric: string; scored: number }[];
    };
    expect(body.predictions.length).toBeGreaterThanOrEqual(2);
    expect(body.accuracy.find((a) => a.metric === "disk_usage_mb")?.scored).toBe(1);
  });

  test("a periodic job is claimed by one caller per period", async () => {
    const now = new Date();
    const claims = await Promise.all([1, 2, 3].map(() => claimPeriodicJob(db.prisma, "test-job", 60, now)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimPeriodicJob(db.prisma, "test-job", 60, new Date(now.getTime() + 30_000))).toBe(false);
    expect(await claimPeriodicJob(db.prisma, "test-job", 60, new Date(now.getTime() + 61_000))).toBe(true);
  });
});
