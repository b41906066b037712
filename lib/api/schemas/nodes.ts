import { z } from "zod";
import { httpUrlSchema } from "./common.ts";

export const nodeProtocolSchema = z.enum(["aitbc", "evm", "bitcoin"]);
export const nodeStatusSchema = z.enum(["unknown", "up", "degraded", "down"]);

const secret = z.string().min(1).max(500);

/** How a node authenticates us: an API key or bearer token (aitbc, evm) or RPC user and password (bitcoin). */
export const nodeCredentialsSchema = z
  .strictObject({
    apiKey: secret.optional(),
    bearerToken: secret.optional(),
    username: secret.optional(),
    password: secret.optional(),
  })
  .refine(
    (c) => Object.values(c).some((value) => value !== undefined),
    "give at least one credential, or null for none",
  );

const nodeFields = {
  name: z.string().trim().min(1, "is required").max(100),
  url: httpUrlSchema,
  protocol: nodeProtocolSchema,
  intervalSeconds: z.int().min(5).max(3600),
  timeoutMs: z.int().min(100).max(60_000),
  enabled: z.boolean(),
  credentials: nodeCredentialsSchema.nullable(),
};

export const createNodeInputSchema = z.strictObject({
  name: nodeFields.name,
  url: nodeFields.url,
  protocol: nodeFields.protocol,
  intervalSeconds: nodeFields.intervalSeconds.optional(),
  timeoutMs: nodeFields.timeoutMs.optional(),
  enabled: nodeFields.enabled.optional(),
  credentials: nodeFields.credentials.optional(),
});
export type CreateNodeInput = z.infer<typeof createNodeInputSchema>;

/** Every field optional; `credentials: null` removes stored credentials, leaving it out keeps them. */
export const updateNodeInputSchema = z
  .strictObject(nodeFields)
  .partial()
  .refine((input) => Object.keys(input).length > 0, "give at least one field to change");
export type UpdateNodeInput = z.infer<typeof updateNodeInputSchema>;

/** A connection test of a node that need not be saved yet. */
export const testNodeInputSchema = z.strictObject({
  url: nodeFields.url,
  protocol: nodeFields.protocol,
  timeoutMs: nodeFields.timeoutMs.optional(),
  credentials: nodeFields.credentials.optional(),
});
export type TestNodeInput = z.infer<typeof testNodeInputSchema>;

export const nodeIdSchema = z.uuid("must be a node id");

export const nodeSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  url: z.string(),
  protocol: nodeProtocolSchema,
  enabled: z.boolean(),
  intervalSeconds: z.int(),
  timeoutMs: z.int(),
  /** Whether credentials are stored; the credentials themselves never leave the server. */
  hasCredentials: z.boolean(),
  status: nodeStatusSchema,
  consecutiveFailures: z.int(),
  clientVersion: z.string().nullable(),
  lastScrapeAt: z.string().nullable(),
  lastScrapeMs: z.int().nullable(),
  lastError: z.string().nullable(),
  chains: z.array(z.object({ chainId: z.string(), height: z.number().nullable(), lagBlocks: z.number().nullable() })),
  createdAt: z.string(),
});
export type NodeDto = z.infer<typeof nodeSchema>;
