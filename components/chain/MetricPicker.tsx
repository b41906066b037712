"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import { CHAIN_CHARTS, chainViewQuery, chartLabel, type ChainChart, type ChainView } from "./chainView.ts";

/** Which charts the page shows, kept in the URL; the last chosen one cannot be unticked. */
export function MetricPicker({ chainId, view }: { chainId: string; view: ChainView }) {
  const router = useRouter();
  // The box changes at once; the page follows when the server has rendered the new view.
  const [charts, setCharts] = useOptimistic(view.charts);
  const [, startTransition] = useTransition();
  const toggle = (chart: ChainChart, on: boolean) => {
    const next = on ? [...charts, chart] : charts.filter((c) => c !== chart);
    startTransition(() => {
      setCharts(next);
      router.replace(`/chains/${encodeURIComponent(chainId)}${chainViewQuery({ ...view, charts: next })}`, {
        scroll: false,
      });
    });
  };
  return (
    <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <legend className="sr-only">Metrics</legend>
      <span aria-hidden className="font-medium">
        Metrics:
      </span>
      {CHAIN_CHARTS.map((chart) => {
        const checked = charts.includes(chart);
        return (
          <label key={chart} className="inline-flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={checked}
              disabled={checked && charts.length === 1}
              onChange={(event) => toggle(chart, event.target.checked)}
            />
            {chartLabel(chart)}
          </label>
        );
      })}
    </fieldset>
  );
}
