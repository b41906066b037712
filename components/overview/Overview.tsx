"use client";

import type { OverviewDto } from "@/lib/api/schemas/responses/overview.ts";
import { LastUpdated } from "../live/LastUpdated.tsx";
import { secondaryButton } from "../nodes/formStyles.ts";
import { useOverviewQuery } from "../queries/useOverviewQuery.ts";
import { LIVE_REFRESH_MS } from "../queries/refreshIntervals.ts";
import { StatePanel } from "../StatePanel.tsx";
import { AlertCounts } from "./AlertCounts.tsx";
import { ChainCard } from "./ChainCard.tsx";
import { ComparisonTable } from "./ComparisonTable.tsx";
import { CrossChainCharts } from "./CrossChainCharts.tsx";
import { ResourceTotals } from "./ResourceTotals.tsx";

/** The live Overview: starts from the server's data, refreshes itself, and keeps the last data when a refresh fails. */
export function Overview({ initial }: { initial: OverviewDto }) {
  const { data, error, dataUpdatedAt, refetch, isFetching } = useOverviewQuery(initial);
  const refreshError = error ? (
    <StatePanel
      state="error"
      message={`Could not refresh: ${error.message}. Showing the last data received.`}
      action={
        <button type="button" onClick={() => void refetch()} disabled={isFetching} className={secondaryButton}>
          Retry
        </button>
      }
    />
  ) : null;
  const updated = (
    <LastUpdated
      lastSampleAt={new Date(dataUpdatedAt).toISOString()}
      intervalSeconds={LIVE_REFRESH_MS / 1000}
      label="Updated"
    />
  );

  if (data.chains.length === 0) {
    return (
      <div className="space-y-4">
        {updated}
        {refreshError}
        <StatePanel
          state="empty"
          message="Nodes are registered, but no chain has been collected yet. The first collection runs within one interval."
        />
      </div>
    );
  }
  const pending = data.chains.reduce((sum, chain) => sum + chain.openAlerts.pending, 0);
  return (
    <div className="space-y-6">
      {updated}
      {refreshError}
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {data.chains.map((chain) => (
          <ChainCard key={chain.id} chain={chain} />
        ))}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <AlertCounts alerts={data.analysis.alerts} pending={pending} />
        <ResourceTotals resources={data.analysis.resources} />
      </div>
      <CrossChainCharts chains={data.chains} />
      <ComparisonTable chains={data.chains} />
    </div>
  );
}
