import { z } from "zod";

export const sampleSchema = z.object({
  time: z.string(),
  nodeId: z.uuid(),
  blockHeight: z.number().nullable(),
  tps: z.number().nullable(),
  avgBlockTime: z.number().nullable(),
  /** Wei as a decimal string: it may exceed 2^53. */
  gasPrice: z.string().nullable(),
  memoryUsageMb: z.number().nullable(),
  diskUsageMb: z.number().nullable(),
  activeNodes: z.number().nullable(),
  clientCount: z.number().nullable(),
  minerCount: z.number().nullable(),
  agentCount: z.number().nullable(),
  networkInMb: z.number().nullable(),
  networkOutMb: z.number().nullable(),
  peerCount: z.number().nullable(),
  /** Wei as a decimal string. */
  baseFee: z.string().nullable(),
  gasUsedRatio: z.number().nullable(),
  mempoolSize: z.number().nullable(),
  mempoolBytes: z.number().nullable(),
  syncing: z.boolean().nullable(),
  syncProgress: z.number().nullable(),
  memoryTotalMb: z.number().nullable(),
  diskTotalMb: z.number().nullable(),
});
export type SampleDto = z.infer<typeof sampleSchema>;

export const chainSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string().nullable(),
  status: z.string(),
  nodeCount: z.number(),
  nodesUp: z.number(),
  /** Highest height any node of the chain reports. */
  headHeight: z.number().nullable(),
  /** The shortest collection interval of the chain's enabled nodes: data older than two of these is stale. */
  collectionIntervalSeconds: z.int().min(1).nullable(),
  latest: sampleSchema.nullable(),
});
export type ChainDto = z.infer<typeof chainSchema>;
