import Link from "next/link";
import type { NodeDto } from "@/lib/api/schemas/nodes.ts";
import { formatAge } from "../format.ts";
import { StatusBadge } from "../StatusBadge.tsx";
import { NodeActions } from "./NodeActions.tsx";
import { TableShell, type Column } from "../TableShell.tsx";

const COLUMNS: Column[] = [
  { label: "Name" },
  { label: "Status" },
  { label: "Protocol" },
  { label: "Chains" },
  { label: "Last scrape" },
  { label: "Latency", align: "right" },
  { label: "Last error" },
  { label: "Actions" },
];

export function NodeTable({ nodes, canWrite }: { nodes: NodeDto[]; canWrite: boolean }) {
  return (
    <TableShell label="Nodes" columns={COLUMNS}>
      {nodes.map((node) => (
        <tr
          key={node.id}
          className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800"
          data-testid="node-row"
        >
          <td className="px-3 py-2">
            <div className="font-medium">{node.name}</div>
            <div className="text-xs text-slate-500 dark:text-slate-400">{node.url}</div>
            {node.clientVersion ? (
              <div className="text-xs text-slate-500 dark:text-slate-400">{node.clientVersion}</div>
            ) : null}
          </td>
          <td className="px-3 py-2">
            <StatusBadge status={node.enabled ? node.status : "disabled"} />
          </td>
          <td className="px-3 py-2">{node.protocol}</td>
          <td className="px-3 py-2">
            {node.chains.length === 0
              ? "—"
              : node.chains.map((chain) => (
                  <Link
                    key={chain.chainId}
                    href={`/chains/${encodeURIComponent(chain.chainId)}`}
                    className="mr-2 text-blue-700 hover:underline dark:text-blue-300"
                  >
                    {chain.chainId}
                    {chain.lagBlocks ? ` (${chain.lagBlocks} behind)` : ""}
                  </Link>
                ))}
          </td>
          <td className="px-3 py-2" suppressHydrationWarning>
            {formatAge(node.lastScrapeAt)}
          </td>
          <td className="px-3 py-2 text-right tabular-nums">
            {node.lastScrapeMs === null ? "—" : `${node.lastScrapeMs} ms`}
          </td>
          <td className="max-w-xs px-3 py-2 break-words text-red-700 dark:text-red-400">{node.lastError ?? ""}</td>
          <td className="px-3 py-2">{canWrite ? <NodeActions node={node} /> : null}</td>
        </tr>
      ))}
    </TableShell>
  );
}
