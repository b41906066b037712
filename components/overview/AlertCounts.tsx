import Link from "next/link";
import type { OverviewDto } from "@/lib/api/schemas/responses/overview.ts";
import { SEVERITIES, SEVERITY_CHIP } from "../severityStyles.ts";
import { PANEL } from "../panel.ts";

/** Firing alerts over all chains by severity, and how many are pending; the list is on /alerts. */
export function AlertCounts({ alerts, pending }: { alerts: OverviewDto["analysis"]["alerts"]; pending: number }) {
  return (
    <section aria-labelledby="alert-counts-heading" className={PANEL}>
      <div className="mb-3 flex items-baseline justify-between gap-2">
        <h2 id="alert-counts-heading" className="font-medium">
          Open alerts
        </h2>
        <Link href="/alerts" className="text-sm text-blue-700 hover:underline dark:text-blue-300">
          View alerts
        </Link>
      </div>
      <dl className="grid grid-cols-3 gap-2">
        {SEVERITIES.map((severity) => (
          <div key={severity} className={`rounded-md px-3 py-2 ${SEVERITY_CHIP[severity]}`}>
            <dt className="text-xs font-medium">{severity}</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid={`alerts-${severity}`}>
              {alerts[severity]}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-300">
        {alerts.total === 0 ? "Nothing is firing." : `${alerts.total} firing.`}{" "}
        {pending > 0 ? `${pending} pending (not firing yet).` : null}
      </p>
    </section>
  );
}
