// The metric fields of one sample, as every adapter reports them. Unknown is null, never 0.
export interface MetricValues {
  blockHeight: bigint | null;
  tps: number | null;
  avgBlockTime: number | null;
  gasPrice: bigint | null;
  memoryUsageMb: number | null;
  diskUsageMb: number | null;
  activeNodes: number | null;
  clientCount: number | null;
  minerCount: number | null;
  agentCount: number | null;
  networkInMb: number | null;
  networkOutMb: number | null;
  peerCount: number | null;
  baseFee: bigint | null;
  gasUsedRatio: number | null;
  mempoolSize: number | null;
  mempoolBytes: bigint | null;
  syncing: boolean | null;
  syncProgress: number | null;
  memoryTotalMb: number | null;
  diskTotalMb: number | null;
}

export const METRIC_FIELDS = [
  "blockHeight",
  "tps",
  "avgBlockTime",
  "gasPrice",
  "memoryUsageMb",
  "diskUsageMb",
  "activeNodes",
  "clientCount",
  "minerCount",
  "agentCount",
  "networkInMb",
  "networkOutMb",
  "peerCount",
  "baseFee",
  "gasUsedRatio",
  "mempoolSize",
  "mempoolBytes",
  "syncing",
  "syncProgress",
  "memoryTotalMb",
  "diskTotalMb",
] as const satisfies readonly (keyof MetricValues)[];

export function emptyMetrics(): MetricValues {
  return Object.fromEntries(METRIC_FIELDS.map((field) => [field, null])) as unknown as MetricValues;
}
