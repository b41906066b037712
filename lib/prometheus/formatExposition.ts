// The Prometheus text exposition format, version 0.0.4:
// https://prometheus.io/docs/instrumenting/exposition_formats/#text-based-format

export const EXPOSITION_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

export type MetricType = "gauge" | "counter";

/** A label whose value is null or undefined is left out of the sample. */
export type Labels = Readonly<Record<string, string | null | undefined>>;

export interface Sample {
  labels?: Labels;
  /** Null or undefined: the value is unknown and the sample is left out (never written as 0). */
  value: number | bigint | null | undefined;
}

export interface MetricFamily {
  name: string;
  help: string;
  type: MetricType;
  samples: readonly Sample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** HELP text escapes backslash and line feed. */
export const escapeHelp = (text: string) => text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");

/** Label values escape backslash, double quote and line feed. */
export const escapeLabelValue = (value: string) =>
  value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");

/** A sample value as Go's ParseFloat reads it: NaN, +Inf, -Inf, or JavaScript's shortest round-trip form. */
export function formatValue(value: number | bigint): string {
  if (typeof value === "bigint") return value.toString();
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  return String(value); // "-0" prints as "0"; large and tiny numbers as 1e+21, 1e-7
}

/** The label pairs of a sample, in the order given, with unknown ones left out. */
function labelPairs(family: string, labels: Labels | undefined): string[] {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(labels ?? {})) {
    if (!LABEL_NAME.test(name) || name.startsWith("__")) {
      throw new Error(`metric ${family}: invalid label name ${JSON.stringify(name)}`);
    }
    if (value === null || value === undefined) continue;
    pairs.push(`${name}="${escapeLabelValue(value)}"`);
  }
  return pairs;
}

/**
 * The exposition of the given families, in the order given, each with its HELP and TYPE lines
 * (also when all its samples are unknown) and its known samples in the order given.
 * Invalid names, a family given twice and a series given twice are programming errors and throw.
 */
export function formatExposition(families: readonly MetricFamily[]): string {
  const lines: string[] = [];
  const seenFamilies = new Set<string>();
  for (const family of families) {
    if (!METRIC_NAME.test(family.name)) throw new Error(`invalid metric name ${JSON.stringify(family.name)}`);
    if (seenFamilies.has(family.name)) throw new Error(`metric ${family.name} is given twice`);
    seenFamilies.add(family.name);
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
    const seenSeries = new Set<string>();
    for (const sample of family.samples) {
      const pairs = labelPairs(family.name, sample.labels);
      if (sample.value === null || sample.value === undefined) continue;
      const labels = pairs.length === 0 ? "" : `{${pairs.join(",")}}`;
      const series = [...pairs].sort().join(",");
      if (seenSeries.has(series)) throw new Error(`metric ${family.name}: series {${series}} is given twice`);
      seenSeries.add(series);
      lines.push(`${family.name}${labels} ${formatValue(sample.value)}`);
    }
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
