import type { NodeStats } from "@/lib/db/queries/analytics/getMetricStats.ts";
import type { SummaryMetric } from "@/lib/api/schemas/summary.ts";
import { formatNumber } from "../format.ts";
import { PANEL } from "../panel.ts";

const SHOWN: { key: SummaryMetric; label: string }[] = [
  { key: "tps", label: "TPS" },
  { key: "avgBlockTime", label: "Block time (s)" },
  { key: "gasPrice", label: "Gas price (wei)" },
  { key: "memoryUsageMb", label: "Memory (MB)" },
  { key: "diskUsageMb", label: "Disk (MB)" },
  { key: "peerCount", label: "Peers" },
];

/** Statistics per node over the range (never mixed across nodes); metrics a node does not report show a dash. */
export function SummaryTable({ nodes, hours }: { nodes: NodeStats[]; hours: number }) {
  return (
    <section aria-labelledby="summary-heading" tabIndex={0} className={`overflow-x-auto ${PANEL}`}>
      <h2 id="summary-heading" className="font-medium">
        Summary{" "}
        <span className="text-sm font-normal text-slate-600 dark:text-slate-300">
          (last {formatNumber(hours, 1)} h)
        </span>
      </h2>
      {nodes.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">No samples in this range.</p>
      ) : (
        <table className="mt-2 w-full text-sm">
          <thead className="text-left text-slate-600 dark:text-slate-300">
            <tr>
              <th className="py-1 font-medium">Node · metric</th>
              {["avg", "min", "max", "median", "p95"].map((h) => (
                <th key={h} className="py-1 text-right font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {nodes.flatMap((node) =>
              SHOWN.filter(({ key }) => node.metrics[key].count > 0).map(({ key, label }) => (
                <tr key={`${node.nodeId}-${key}`} className="border-t border-slate-100 dark:border-slate-800">
                  <td className="py-0.5">
                    {node.nodeName} · {label}
                  </td>
                  {(["avg", "min", "max", "median", "p95"] as const).map((stat) => (
                    <td key={stat} className="py-0.5 text-right tabular-nums">
                      {formatNumber(node.metrics[key][stat])}
                    </td>
                  ))}
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
