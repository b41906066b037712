// Plain data the analytics functions take. Analytics never fetch: callers load these from
// the database and pass them in. Unknown values are null, never 0.

/** One observation of one numeric metric of one series (one node of one chain). */
export interface Point {
  time: Date;
  value: number;
}

/** The numeric metrics of a sample, as analytics read them (wei as number is fine for trends). */
export interface SampleMetrics {
  blockHeight: number | null;
  tps: number | null;
  avgBlockTime: number | null;
  gasPrice: number | null;
  memoryUsageMb: number | null;
  diskUsageMb: number | null;
  activeNodes: number | null;
  clientCount: number | null;
  minerCount: number | null;
  agentCount: number | null;
  networkInMb: number | null;
  networkOutMb: number | null;
  peerCount: number | null;
}

export type Severity = "info" | "warning" | "critical";
export type HealthClass = "excellent" | "good" | "fair" | "poor";
