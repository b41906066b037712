// The benchmark's side-by-side table and summary line.
import type { SeriesScore } from "./scoreSeries.ts";

const percent = (value: number | null) => (value === null ? "n/a" : `${(value * 100).toFixed(1)} %`);

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function formatTable(scores: readonly SeriesScore[]): string {
  const header = ["series", "points", "ref MAPE", "ref cover", "ours", "ours MAPE", "ours 80% cover", "n", "conf"];
  const rows = scores.map((score) => [
    score.name,
    String(score.points),
    percent(score.reference.mape),
    "n/a",
    score.method ?? "none",
    percent(score.ours.mape),
    percent(score.ours.coverage),
    `${score.ours.n}/${score.reference.n}`,
    score.confidence === null ? "n/a" : score.confidence.toFixed(2),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

/** Medians over the series both methods could be scored on, so the ratio compares like with like. */
export function formatSummary(scores: readonly SeriesScore[]): { text: string; ratio: number | null } {
  const both = scores.filter((score) => score.reference.mape !== null && score.ours.mape !== null);
  const reference = median(both.map((score) => score.reference.mape!));
  const ours = median(both.map((score) => score.ours.mape!));
  const coverage = median(scores.flatMap((score) => (score.ours.coverage === null ? [] : [score.ours.coverage])));
  const ratio = reference === null || ours === null || reference === 0 ? null : ours / reference;
  const wins = both.filter((score) => score.ours.mape! < score.reference.mape!).length;
  const text =
    `median MAPE over ${both.length} series: reference ${percent(reference)}, ours ${percent(ours)}, ` +
    `ratio ours/reference ${ratio === null ? "n/a" : ratio.toFixed(2)}; ours lower on ${wins}/${both.length}; ` +
    `median 80 % interval coverage ${percent(coverage)} (reference: n/a)`;
  return { text, ratio };
}
