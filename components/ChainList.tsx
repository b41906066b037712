"use client";

import Link from "next/link";
import type { ChainDto } from "@/lib/api/schemas/chains.ts";
import { formatAge, formatGasPrice, formatNumber } from "./format.ts";
import { useChainsQuery } from "./queries/useChainsQuery.ts";
import { StatePanel } from "./StatePanel.tsx";
import { TableShell, type Column } from "./TableShell.tsx";

const COLUMNS: Column[] = [
  { label: "Chain" },
  { label: "Type" },
  { label: "Height", align: "right" },
  { label: "TPS", align: "right" },
  { label: "Block time (s)", align: "right" },
  { label: "Gas price", align: "right" },
  { label: "Nodes up", align: "right" },
  { label: "Last sample" },
];

export function ChainList({ initialChains }: { initialChains: ChainDto[] }) {
  const { data: chains, error, dataUpdatedAt } = useChainsQuery(initialChains);
  if (chains.length === 0) {
    return (
      <StatePanel
        state="empty"
        message="Nodes are registered, but no chain has been collected yet. The first collection runs within one interval."
      />
    );
  }
  return (
    <div className="space-y-2">
      {error ? <StatePanel state="error" message={`Could not refresh: ${error.message}`} /> : null}
      <TableShell columns={COLUMNS}>
        {chains.map((chain) => (
          <tr
            key={chain.id}
            className="border-b border-slate-100 last:border-0 dark:border-slate-800"
            data-testid="chain-row"
          >
            <td className="px-3 py-2 font-medium">
              <Link
                href={`/chains/${encodeURIComponent(chain.id)}`}
                className="text-blue-700 hover:underline dark:text-blue-300"
              >
                {chain.name}
              </Link>
            </td>
            <td className="px-3 py-2">{chain.type ?? "unknown"}</td>
            <td className="px-3 py-2 text-right tabular-nums">{formatNumber(chain.headHeight, 0)}</td>
            <td className="px-3 py-2 text-right tabular-nums">{formatNumber(chain.latest?.tps)}</td>
            <td className="px-3 py-2 text-right tabular-nums">{formatNumber(chain.latest?.avgBlockTime)}</td>
            <td className="px-3 py-2 text-right tabular-nums">{formatGasPrice(chain.latest?.gasPrice, chain.type)}</td>
            <td className="px-3 py-2 text-right tabular-nums">
              {chain.nodesUp} / {chain.nodeCount}
            </td>
            <td className="px-3 py-2" suppressHydrationWarning>
              {formatAge(chain.latest?.time, dataUpdatedAt)}
            </td>
          </tr>
        ))}
      </TableShell>
    </div>
  );
}
