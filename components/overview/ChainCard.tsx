"use client";

import Link from "next/link";
import type { OverviewChainDto } from "@/lib/api/schemas/responses/overview.ts";
import { formatNumber } from "../format.ts";
import { LastUpdated } from "../live/LastUpdated.tsx";
import { HealthGauge } from "./HealthGauge.tsx";
import { SEVERITIES, SEVERITY_CHIP } from "../severityStyles.ts";
import { Sparkline } from "./Sparkline.tsx";

const term = "text-xs text-slate-600 dark:text-slate-300";
const value = "font-medium tabular-nums";

/** One chain at a glance; the whole card links to the chain's page (the link is the name, for screen readers). */
export function ChainCard({ chain }: { chain: OverviewChainDto }) {
  const { openAlerts } = chain;
  const blockTime = chain.latest?.avgBlockTime;
  return (
    <article
      data-testid="chain-card"
      className="relative flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 hover:border-blue-400 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-blue-500"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-lg font-semibold break-words">
            <Link
              href={`/chains/${encodeURIComponent(chain.id)}`}
              className="after:absolute after:inset-0 after:rounded-lg hover:underline focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-(--focus-ring)"
            >
              {chain.name}
            </Link>
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-300">{chain.type ?? "unknown type"}</p>
        </div>
        <HealthGauge score={chain.health?.score ?? null} healthClass={chain.health?.healthClass ?? null} />
      </div>

      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
        <div className="col-span-2">
          <dt className={term}>TPS</dt>
          <dd className="flex items-center gap-2">
            <span className={value}>{formatNumber(chain.latest?.tps)}</span>
            <Sparkline points={chain.tpsSparkline} />
          </dd>
        </div>
        <div>
          <dt className={term}>Block time</dt>
          <dd className={value}>{blockTime == null ? "—" : `${formatNumber(blockTime)} s`}</dd>
        </div>
        <div>
          <dt className={term}>Height</dt>
          <dd className={value}>{formatNumber(chain.headHeight, 0)}</dd>
        </div>
        <div>
          <dt className={term}>Nodes up</dt>
          <dd className={value}>
            {chain.nodesUp} of {chain.nodeCount}
          </dd>
        </div>
        <div>
          <dt className={term}>Open alerts</dt>
          <dd className="flex flex-wrap gap-1">
            {openAlerts.total === 0 ? <span className={value}>none</span> : null}
            {SEVERITIES.filter((severity) => openAlerts[severity] > 0).map((severity) => (
              <span key={severity} className={`rounded px-1.5 py-0.5 text-xs font-medium ${SEVERITY_CHIP[severity]}`}>
                {openAlerts[severity]} {severity}
              </span>
            ))}
            {openAlerts.pending > 0 ? (
              <span className="text-xs text-slate-600 dark:text-slate-300">{openAlerts.pending} pending</span>
            ) : null}
          </dd>
        </div>
      </dl>

      <LastUpdated lastSampleAt={chain.latest?.time} intervalSeconds={chain.collectionIntervalSeconds} />
    </article>
  );
}
