import type { SampleMetrics } from "../../lib/analytics/types.ts";

/** Sample metrics for analytics tests: every field unknown (null) unless given. */
export function sampleMetrics<
  T extends Partial<SampleMetrics & { memoryTotalMb: number | null; diskTotalMb: number | null }>,
>(given: T = {} as T): SampleMetrics & { memoryTotalMb: number | null; diskTotalMb: number | null } & T {
  return {
    blockHeight: null,
    tps: null,
    avgBlockTime: null,
    gasPrice: null,
    memoryUsageMb: null,
    diskUsageMb: null,
    activeNodes: null,
    clientCount: null,
    minerCount: null,
    agentCount: null,
    networkInMb: null,
    networkOutMb: null,
    peerCount: null,
    memoryTotalMb: null,
    diskTotalMb: null,
    ...given,
  };
}
