// `npx tsx scripts/bench-series.ts [--days 30] [--interval 15]`: why a 30-day chart stays fast. Fills an
// embedded database (or DATABASE_URL's, which must be a scratch database) with two nodes' samples, then
// times, in the same process, what a chart reads (getMetricSeries, at most MAX_POINTS per node) against
// the baseline of reading every raw sample of the range. Exits 1 if a series exceeds MAX_POINTS.
import { parseArgs } from "node:util";
import { CHART_METRICS, MAX_POINTS, type ChartMetric } from "../lib/api/schemas/metrics.ts";
import { emptyMetrics } from "../lib/collector/metrics.ts";
import { openDatabase } from "../lib/db/openDatabase.ts";
import { insertSamples, type SampleRow } from "../lib/db/queries/collection/insertSamples.ts";
import { getMetricSeries, getMetricSeriesMany } from "../lib/db/queries/metrics/getMetricSeries.ts";

const { values } = parseArgs({
  options: { days: { type: "string", default: "30" }, interval: { type: "string", default: "15" } },
});
const days = Number(values.days);
const intervalSeconds = Number(values.interval);
const url = process.env.DATABASE_URL;
const database = await openDatabase(url ? { kind: "postgres", url } : { kind: "pglite", dataDir: null });
const db = database.prisma;

const to = new Date();
const from = new Date(to.getTime() - days * 86_400_000);
await db.chain.create({ data: { id: "bench", name: "bench" } });
const nodes = await Promise.all(
  ["a", "b"].map((name) =>
    db.node.create({ data: { name: `bench-${name}`, url: "http://127.0.0.1:1", protocol: "aitbc" } }),
  ),
);
let inserted = 0;
const fillStarted = Date.now();
for (const node of nodes) {
  const perNode = Math.floor((days * 86_400) / intervalSeconds);
  for (let start = 0; start < perNode; start += 10_000) {
    const rows: SampleRow[] = [];
    for (let i = start; i < Math.min(start + 10_000, perNode); i++) {
      rows.push({
        ...emptyMetrics(),
        chainId: "bench",
        nodeId: node.id,
        time: new Date(from.getTime() + i * intervalSeconds * 1000),
        tps: 10 + 5 * Math.sin(i / 500),
        avgBlockTime: 2 + Math.sin(i / 300),
        memoryUsageMb: 1000 + (i % 1000),
        diskUsageMb: 2000 + i / 100,
        networkInMb: 5 + Math.cos(i / 200),
      });
    }
    inserted += await insertSamples(db, rows);
  }
}
console.log(
  `${database.kind}: ${inserted.toLocaleString("en-US")} samples over ${days} days in ${Date.now() - fillStarted} ms`,
);

/** Median wall time of `runs` calls, after one warm-up. */
async function time<T>(run: () => Promise<T>, runs = 5): Promise<{ ms: number; result: T }> {
  let result = await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

const metric: ChartMetric = "tps";
const raw = await time(
  () =>
    db.$queryRaw<unknown[]>`SELECT node_id, time, tps FROM metric_samples
    WHERE chain_id = 'bench' AND time >= ${from} AND time < ${to} ORDER BY node_id, time`,
);
const month = await time(() => getMetricSeries(db, "bench", { metric, from, to }));
const hour = await time(() => getMetricSeries(db, "bench", { metric, from: new Date(to.getTime() - 3_600_000), to }));
const every = Object.keys(CHART_METRICS) as ChartMetric[];
const separately = await time(() =>
  Promise.all(every.map((m) => getMetricSeries(db, "bench", { metric: m, from, to }))),
);
const onePass = await time(() => getMetricSeriesMany(db, "bench", every, { from, to }));
const points = (series: Awaited<ReturnType<typeof getMetricSeries>>) => series.series.map((s) => s.points.length);

const rows = [
  ["every raw sample (baseline)", `${raw.result.length}`, raw.ms],
  [`chart, ${days} days`, points(month.result).join(" + "), month.ms],
  ["chart, 1 hour", points(hour.result).join(" + "), hour.ms],
  [`${every.length} charts, one query each`, `${every.length} × 2000`, separately.ms],
  [`${every.length} charts, one pass (page)`, `${every.length} × 2000`, onePass.ms],
] as const;
console.log("\nquery                             points sent       median ms   ratio to baseline");
for (const [name, count, ms] of rows) {
  console.log(
    `${name.padEnd(30)} ${count.padStart(14)} ${ms.toFixed(1).padStart(14)} ${(ms / raw.ms).toFixed(3).padStart(18)}`,
  );
}
const payloadRatio = points(month.result).reduce((a, b) => a + b, 0) / raw.result.length;
console.log(
  `\n${days}-day chart sends ${(payloadRatio * 100).toFixed(2)} % of the raw points (cap ${MAX_POINTS} per node).`,
);
await database.close();
if (points(month.result).some((n) => n > MAX_POINTS)) {
  console.error(`a series exceeded MAX_POINTS (${MAX_POINTS})`);
  process.exit(1);
}
