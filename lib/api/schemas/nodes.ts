import { z } from "zod";
import { httpUrlSchema } from "./common.ts";

export const nodeProtocolSchema = z.enum(["aitbc", "evm", "bitcoin"]);
export const nodeStatusSchema = z.enum(["unknown", "up", "degraded", "down"]);

export const createNodeInputSchema = z.strictObject({
  name: z.string().trim().min(1, "is required").max(100),
  url: httpUrlSchema,
  protocol: nodeProtocolSchema,
  intervalSeconds: z.int().min(5).max(3600).optional(),
  timeoutMs: z.int().min(100).max(60_000).optional(),
  enabled: z.boolean().optional(),
});
export type CreateNodeInput = z.infer<typeof createNodeInputSchema>;

export const nodeSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  url: z.string(),
  protocol: nodeProtocolSchema,
  enabled: z.boolean(),
  intervalSeconds: z.int(),
  timeoutMs: z.int(),
  status: nodeStatusSchema,
  consecutiveFailures: z.int(),
  lastScrapeAt: z.string().nullable(),
  lastScrapeMs: z.int().nullable(),
  lastError: z.string().nullable(),
  chains: z.array(z.object({ chainId: z.string(), height: z.number().nullable(), lagBlocks: z.number().nullable() })),
  createdAt: z.string(),
});
export type NodeDto = z.infer<typeof nodeSchema>;
