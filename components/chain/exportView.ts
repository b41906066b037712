import type { HealthPoint } from "@/lib/db/queries/health/getHealthHistory.ts";
import type { MetricSeries } from "@/lib/api/schemas/metrics.ts";

/** What the chain page shows right now: the chosen metrics' series and, when chosen, the health history. */
export interface ShownView {
  chainId: string;
  from: string;
  to: string;
  series: MetricSeries[];
  health: HealthPoint[] | null;
}

/** The view as JSON: the same shapes the API returns, so a script can read either. */
export function viewToJson(view: ShownView): string {
  return JSON.stringify(
    {
      chainId: view.chainId,
      from: view.from,
      to: view.to,
      metrics: Object.fromEntries(view.series.map((s) => [s.metric, { stepSeconds: s.stepSeconds, series: s.series }])),
      ...(view.health ? { health: view.health } : {}),
    },
    null,
    2,
  );
}

/** The view as CSV, one row per point: metric, node, time, value (empty when the node did not report it). */
export function viewToCsv(view: ShownView): string {
  const lines = [["metric", "node_id", "node_name", "time", "value"]];
  for (const metric of view.series) {
    for (const series of metric.series) {
      for (const point of series.points) {
        lines.push([metric.metric, series.nodeId, series.nodeName, point.t, point.v === null ? "" : String(point.v)]);
      }
    }
  }
  for (const point of view.health ?? []) {
    lines.push(["health", "", "", point.t, point.score === null ? "" : String(point.score)]);
  }
  return lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

// RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a node's name as a formula.
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && Number.isNaN(Number(value)) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
