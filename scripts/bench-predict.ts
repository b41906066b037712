// `npx tsx scripts/bench-predict.ts [--no-anvil] [--anvil-seconds 24]`: backtests the reference
// prediction method and predictSeries side by side on generated series and on series recorded
// from a real Anvil node. Exits 1 when our median error is not below the reference's.
import { parseArgs } from "node:util";
import { recordAnvilSeries } from "./bench/anvilSeries.ts";
import type { BenchSeries } from "./bench/benchSeries.ts";
import { scoreSeries } from "./bench/scoreSeries.ts";
import { syntheticSeries } from "./bench/syntheticSeries.ts";
import { formatSummary, formatTable } from "./bench/table.ts";

const { values } = parseArgs({
  options: {
    "no-anvil": { type: "boolean", default: false },
    "anvil-seconds": { type: "string", default: "24" },
  },
});
const started = Date.now();
const series: BenchSeries[] = [];
let anvilNote: string;
if (values["no-anvil"]) {
  anvilNote = "Anvil series skipped (--no-anvil)";
} else {
  const seconds = Number(values["anvil-seconds"]);
  try {
    // Recorded first and alone: scoring is CPU-bound and would delay the samples and the load.
    const recorded = await withTimeout(recordAnvilSeries(seconds), (seconds + 20) * 1000);
    series.push(...recorded);
    anvilNote = `Anvil: ${recorded.length} series recorded over ${seconds} s`;
  } catch (error) {
    anvilNote = `Anvil series skipped: ${error instanceof Error ? error.message : String(error)}`;
  }
}
console.log(anvilNote);
series.unshift(...syntheticSeries());
const scores = series.map(scoreSeries);
console.log(`\n${formatTable(scores)}`);
const summary = formatSummary(scores);
console.log(`\n${summary.text}`);
console.log(`(${series.length} series, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (summary.ratio === null || summary.ratio >= 1) process.exitCode = 1;

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
