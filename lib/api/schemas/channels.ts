import { z } from "zod";
import { httpUrlSchema } from "./common.ts";

export const channelKindSchema = z.enum(["generic", "slack", "discord"]);

export const createChannelInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  kind: channelKindSchema,
  url: httpUrlSchema,
  enabled: z.boolean().default(true),
  /** Re-notify a firing alert after this long; 0 = never. */
  repeatIntervalSeconds: z
    .int()
    .min(0)
    .max(7 * 86_400)
    .default(14_400),
});

/** A channel as the API shows it: the webhook URL is a secret and never leaves the server. */
export const channelSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: channelKindSchema,
  enabled: z.boolean(),
  repeatIntervalSeconds: z.int(),
  createdAt: z.string(),
});
export type ChannelDto = z.infer<typeof channelSchema>;

export const deliverySchema = z.object({
  id: z.string(),
  channelId: z.uuid(),
  alertId: z.uuid().nullable(),
  event: z.string(),
  status: z.enum(["pending", "sent", "failed"]),
  attempts: z.int(),
  responseStatus: z.int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type DeliveryDto = z.infer<typeof deliverySchema>;
