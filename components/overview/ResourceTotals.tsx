import type { OverviewDto } from "@/lib/api/schemas/responses/overview.ts";
import { formatNumber } from "../format.ts";
import { PANEL } from "../panel.ts";

type Resources = OverviewDto["analysis"]["resources"];

const ITEMS: { key: keyof Resources; label: string; format: (value: number) => string }[] = [
  { key: "memoryUsageMb", label: "Memory used", format: formatMegabytes },
  { key: "diskUsageMb", label: "Disk used", format: formatMegabytes },
  { key: "clientCount", label: "Clients", format: (v) => formatNumber(v, 0) },
  { key: "agentCount", label: "Agents", format: (v) => formatNumber(v, 0) },
];

/** Sums over the chains' newest samples; a total no chain reports is unknown ("—"), not 0. */
export function ResourceTotals({ resources }: { resources: Resources }) {
  return (
    <section aria-labelledby="resources-heading" className={PANEL}>
      <h2 id="resources-heading" className="mb-3 font-medium">
        Resources
      </h2>
      <dl className="grid grid-cols-2 gap-4">
        {ITEMS.map(({ key, label, format }) => {
          const { total, reporting } = resources[key];
          return (
            <div key={key}>
              <dt className="text-xs text-slate-600 dark:text-slate-300">{label}</dt>
              <dd className="text-lg font-semibold tabular-nums">{total === null ? "—" : format(total)}</dd>
              <dd className="text-xs text-slate-600 dark:text-slate-300">
                {reporting === 0
                  ? "reported by no chain"
                  : `reported by ${reporting} chain${reporting === 1 ? "" : "s"}`}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

function formatMegabytes(mb: number): string {
  if (Math.abs(mb) >= 1024 * 1024) return `${formatNumber(mb / 1024 / 1024)} TB`;
  if (Math.abs(mb) >= 1024) return `${formatNumber(mb / 1024)} GB`;
  return `${formatNumber(mb, 0)} MB`;
}
