import type { NodeCredentials, NodeProtocol } from "../../../collector/adapters/types.ts";
import type { Db } from "../../createPrismaClient.ts";

export interface CollectableNode {
  id: string;
  name: string;
  url: string;
  protocol: NodeProtocol;
  credentials: NodeCredentials | null;
  intervalSeconds: number;
  timeoutMs: number;
  consecutiveFailures: number;
  lastScrapeAt: Date | null;
}

/** Enabled nodes with what the collector needs, credentials included: never send these to a client. */
export async function listCollectableNodes(db: Db, ids?: string[]): Promise<CollectableNode[]> {
  const rows = await db.node.findMany({
    where: { enabled: true, ...(ids ? { id: { in: ids } } : {}) },
    omit: { credentials: false },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    url: row.url,
    protocol: row.protocol,
    credentials: row.credentials ? (JSON.parse(row.credentials) as NodeCredentials) : null,
    intervalSeconds: row.intervalSeconds,
    timeoutMs: row.timeoutMs,
    consecutiveFailures: row.consecutiveFailures,
    lastScrapeAt: row.lastScrapeAt,
  }));
}
