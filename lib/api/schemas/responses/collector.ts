import { z } from "zod";

export const collectionResultSchema = z
  .object({
    nodeId: z.uuid(),
    nodeName: z.string(),
    outcome: z.enum(["ok", "partial", "failed"]),
    durationMs: z.int().min(0),
    chains: z.array(z.string()).describe("Ids of the chains the node reported."),
    error: z.string().nullable(),
  })
  .describe("One node's collection (lib/collector/collectNode.ts).");

export const collectResultSchema = z.object({
  collected: z.int().min(0),
  results: z.array(collectionResultSchema),
});

export const connectionTestSchema = z
  .object({
    ok: z.boolean(),
    durationMs: z.int().min(0),
    error: z.string().nullable(),
    clientVersion: z.string().nullable(),
    warnings: z.array(z.string()),
    chains: z.array(
      z.object({
        chainId: z.string(),
        chainName: z.string(),
        values: z
          .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
          .describe("The metrics as the node answered; heights and wei as decimal strings, so they stay exact."),
      }),
    ),
  })
  .describe("What a collection would read from the node; nothing is stored.");
