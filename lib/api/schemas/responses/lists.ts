import { z } from "zod";
import { alertSchema, ruleSchema } from "../alerts.ts";
import { chainSchema } from "../chains.ts";
import { channelSchema, deliverySchema } from "../channels.ts";
import { nodeSchema } from "../nodes.ts";

// The list wrappers the collection routes answer with: `{ <things>: [...] }`, never a bare array.

export const nodeListSchema = z.object({ nodes: z.array(nodeSchema) });
export const chainListSchema = z.object({ chains: z.array(chainSchema) });
export const ruleListSchema = z.object({ rules: z.array(ruleSchema) });
export const channelListSchema = z.object({ channels: z.array(channelSchema) });
export const deliveryListSchema = z.object({ deliveries: z.array(deliverySchema) });

export const alertPageSchema = z
  .object({
    alerts: z.array(alertSchema),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null when there is none."),
  })
  .describe("One page of alerts, newest first.");

export const queuedDeliverySchema = z
  .object({ deliveryId: z.string().regex(/^\d+$/) })
  .describe("The queued test delivery; the notifier sends it shortly and logs it like any other.");
