"use client";

import Link from "next/link";
import { useId, useMemo, useState } from "react";
import type { OverviewChainDto } from "@/lib/api/schemas/responses/overview.ts";
import { formatGasPrice, formatNumber } from "../format.ts";
import { LastUpdated } from "../live/LastUpdated.tsx";
import { inputClass } from "../nodes/formStyles.ts";
import { HEALTH_TEXT } from "../healthColours.ts";
import {
  chainTypes,
  filterChains,
  FIRST_DIRECTION,
  sortChains,
  UNKNOWN_TYPE,
  type ChainSort,
  type SortKey,
} from "./sortChains.ts";

interface Column {
  label: string;
  sortKey?: SortKey;
  align?: "right";
}

const COLUMNS: Column[] = [
  { label: "Chain", sortKey: "name" },
  { label: "Type", sortKey: "type" },
  { label: "Health", sortKey: "health", align: "right" },
  { label: "TPS", sortKey: "tps", align: "right" },
  { label: "Block time (s)", sortKey: "blockTime", align: "right" },
  { label: "Height", sortKey: "height", align: "right" },
  { label: "Nodes up", sortKey: "nodesUp", align: "right" },
  { label: "Open alerts", sortKey: "openAlerts", align: "right" },
  // Not sortable: gas prices of different chain families are in different units.
  { label: "Gas price", align: "right" },
  { label: "Last sample" },
];

const cell = "px-3 py-2";
const numeric = `${cell} text-right tabular-nums`;

/** Every chain in one table: filter by text and type, sort by any column (unknown values last). */
export function ComparisonTable({ chains }: { chains: OverviewChainDto[] }) {
  const [text, setText] = useState("");
  const [type, setType] = useState("");
  const [sort, setSort] = useState<ChainSort>({ key: "name", direction: "ascending" });
  const types = useMemo(() => chainTypes(chains), [chains]);
  const rows = useMemo(() => sortChains(filterChains(chains, { text, type }), sort), [chains, text, type, sort]);
  const ids = { filter: useId(), type: useId(), count: useId() };

  const sortBy = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === "ascending" ? "descending" : "ascending" }
        : { key, direction: FIRST_DIRECTION[key] },
    );

  return (
    <section aria-labelledby="compare-heading" className="space-y-3">
      <h2 id="compare-heading" className="text-lg font-semibold">
        Compare chains
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 sm:max-w-xs">
          <label htmlFor={ids.filter} className="text-sm font-medium">
            Filter chains
          </label>
          <input
            id={ids.filter}
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder="Name, id or type"
            aria-describedby={ids.count}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor={ids.type} className="text-sm font-medium">
            Type
          </label>
          <select id={ids.type} value={type} onChange={(event) => setType(event.target.value)} className={inputClass}>
            <option value="">All types</option>
            {types.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <p id={ids.count} aria-live="polite" className="pb-2 text-sm text-slate-600 dark:text-slate-300">
          {rows.length === chains.length ? `${chains.length} chains` : `${rows.length} of ${chains.length} chains`}
        </p>
      </div>

      {/* Scrolls sideways on a phone; focusable, so keyboard users can scroll it too (as TableShell). */}
      <div
        role="region"
        aria-label="Chain comparison"
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
      >
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-300">
            <tr>
              {COLUMNS.map((column) => (
                <HeaderCell key={column.label} column={column} sort={sort} onSort={sortBy} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length} className={`${cell} text-center text-slate-600 dark:text-slate-300`}>
                  No chain matches the filter.
                </td>
              </tr>
            ) : (
              rows.map((chain) => <ChainRow key={chain.id} chain={chain} />)
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function HeaderCell({ column, sort, onSort }: { column: Column; sort: ChainSort; onSort: (key: SortKey) => void }) {
  const align = column.align === "right" ? "text-right" : "";
  if (!column.sortKey) {
    return (
      <th scope="col" className={`${cell} font-medium whitespace-nowrap ${align}`}>
        {column.label}
      </th>
    );
  }
  const { sortKey } = column;
  const active = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={`p-0 font-medium ${align}`}>
      <button
        type="button"
        onClick={() => onSort(sortKey)}
        className={`inline-flex w-full items-center gap-1 px-3 py-2 font-medium whitespace-nowrap hover:text-slate-900 focus-visible:-outline-offset-2 dark:hover:text-white ${
          column.align === "right" ? "justify-end" : ""
        } ${active ? "text-slate-900 dark:text-white" : ""}`}
      >
        {column.label}
        <span aria-hidden className="w-3 text-xs">
          {active ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}

function ChainRow({ chain }: { chain: OverviewChainDto }) {
  const score = chain.health?.score ?? null;
  const healthClass = chain.health?.healthClass ?? null;
  const { openAlerts } = chain;
  return (
    <tr className="border-b border-slate-100 last:border-0 dark:border-slate-800" data-testid="chain-row">
      <td className={`${cell} font-medium`}>
        <Link
          href={`/chains/${encodeURIComponent(chain.id)}`}
          className="text-blue-700 hover:underline dark:text-blue-300"
        >
          {chain.name}
        </Link>
      </td>
      <td className={cell}>{chain.type ?? UNKNOWN_TYPE}</td>
      <td className={`${numeric} whitespace-nowrap`}>
        {formatNumber(score, 1)}
        {score !== null && healthClass ? (
          <span className={`ml-1.5 text-xs ${HEALTH_TEXT[healthClass]}`}>{healthClass}</span>
        ) : null}
      </td>
      <td className={numeric}>{formatNumber(chain.latest?.tps)}</td>
      <td className={numeric}>{formatNumber(chain.latest?.avgBlockTime)}</td>
      <td className={numeric}>{formatNumber(chain.headHeight, 0)}</td>
      <td className={`${numeric} whitespace-nowrap`}>
        {chain.nodesUp} / {chain.nodeCount}
      </td>
      <td className={`${numeric} whitespace-nowrap`}>
        {openAlerts.total}
        {openAlerts.critical > 0 ? (
          <span className="ml-1.5 text-xs text-red-700 dark:text-red-300">{openAlerts.critical} critical</span>
        ) : null}
      </td>
      <td className={`${numeric} whitespace-nowrap`}>{formatGasPrice(chain.latest?.gasPrice, chain.type)}</td>
      <td className={`${cell} whitespace-nowrap`}>
        <LastUpdated lastSampleAt={chain.latest?.time} intervalSeconds={chain.collectionIntervalSeconds} label="" />
      </td>
    </tr>
  );
}
