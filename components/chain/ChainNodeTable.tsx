import type { NodeDto } from "@/lib/api/schemas/nodes.ts";
import { formatAge, formatNumber } from "../format.ts";
import { StatusBadge } from "../StatusBadge.tsx";
import { TableShell, type Column } from "../TableShell.tsx";

const COLUMNS: Column[] = [
  { label: "Node" },
  { label: "Status" },
  { label: "Height", align: "right" },
  { label: "Lag (blocks)", align: "right" },
  { label: "Scrape latency", align: "right" },
  { label: "Last scrape" },
  { label: "Last error" },
];

/** The nodes serving one chain: how far each is behind the chain head, and how its last collection went. */
export function ChainNodeTable({ chainId, nodes, now }: { chainId: string; nodes: NodeDto[]; now: number }) {
  return (
    <section aria-labelledby="chain-nodes-heading" className="space-y-2">
      <h2 id="chain-nodes-heading" className="font-medium">
        Nodes
      </h2>
      <TableShell label="Nodes of this chain" columns={COLUMNS}>
        {nodes.map((node) => {
          const onChain = node.chains.find((c) => c.chainId === chainId);
          return (
            <tr
              key={node.id}
              className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800"
              data-testid="chain-node-row"
            >
              <td className="px-3 py-2">
                <div className="font-medium">{node.name}</div>
                {node.clientVersion ? (
                  <div className="text-xs text-slate-600 dark:text-slate-300">{node.clientVersion}</div>
                ) : null}
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={node.enabled ? node.status : "disabled"} />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(onChain?.height, 0)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(onChain?.lagBlocks, 0)}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {node.lastScrapeMs === null ? "—" : `${node.lastScrapeMs} ms`}
              </td>
              <td className="px-3 py-2" suppressHydrationWarning>
                {formatAge(node.lastScrapeAt, now)}
              </td>
              <td className="max-w-xs px-3 py-2 break-words text-red-700 dark:text-red-300">{node.lastError ?? ""}</td>
            </tr>
          );
        })}
      </TableShell>
    </section>
  );
}
