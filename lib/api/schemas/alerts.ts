import { z } from "zod";
import { ALERT_METRIC_NAMES } from "../../analytics/alerts/alertMetrics.ts";
import { chainIdSchema, isoDateSchema } from "./common.ts";

export const severitySchema = z.enum(["info", "warning", "critical"]);
export const alertStateSchema = z.enum(["pending", "firing", "resolved"]);
export const comparisonSchema = z.enum(["lt", "lte", "gt", "gte"]);

export const alertSchema = z.object({
  id: z.uuid(),
  rule: z.object({ id: z.uuid(), name: z.string() }),
  chainId: z.string(),
  nodeId: z.uuid().nullable(),
  state: alertStateSchema,
  severity: severitySchema,
  message: z.string(),
  value: z.number().nullable(),
  threshold: z.number().nullable(),
  startedAt: z.string(),
  firedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  silencedUntil: z.string().nullable(),
  silenceReason: z.string().nullable(),
});
export type AlertDto = z.infer<typeof alertSchema>;

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((value) => value.split(",").filter(Boolean))
    .pipe(z.array(item).min(1).max(10));

export const listAlertsQuerySchema = z.strictObject({
  state: csv(alertStateSchema).optional(),
  severity: csv(severitySchema).optional(),
  chainId: chainIdSchema.optional(),
  nodeId: z.uuid().optional(),
  rule: z.string().max(100).optional(),
  /** Free text searched in the alert's message. */
  q: z.string().max(200).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListAlertsQuery = z.infer<typeof listAlertsQuerySchema>;

export const acknowledgeInputSchema = z.strictObject({ by: z.string().trim().min(1).max(100).optional() });

export const silenceInputSchema = z.strictObject({
  until: isoDateSchema.refine((date) => date.getTime() > Date.now(), "must be in the future"),
  reason: z.string().trim().min(1, "is required").max(500),
});

const ruleFields = {
  name: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,63}$/, "must be a lower_snake_case name"),
  metric: z.enum(ALERT_METRIC_NAMES),
  comparison: comparisonSchema,
  threshold: z.number().finite().nullable(),
  severity: severitySchema,
  forSeconds: z.int().min(0).max(86_400),
  scopeChainId: chainIdSchema.nullable(),
  scopeNodeId: z.uuid().nullable(),
  enabled: z.boolean(),
  description: z.string().max(500),
};

export const createRuleInputSchema = z
  .strictObject({
    ...ruleFields,
    forSeconds: ruleFields.forSeconds.default(0),
    scopeChainId: ruleFields.scopeChainId.default(null),
    scopeNodeId: ruleFields.scopeNodeId.default(null),
    enabled: ruleFields.enabled.default(true),
    description: ruleFields.description.default(""),
  })
  .refine((rule) => rule.threshold !== null || rule.metric === "head_stall_seconds", {
    message: "is required (only head_stall_seconds has an automatic threshold)",
    path: ["threshold"],
  });
export const updateRuleInputSchema = z
  .strictObject(ruleFields)
  .partial()
  .refine((input) => Object.keys(input).length > 0, "give at least one field to change");

export const ruleSchema = z.object({
  id: z.uuid(),
  ...ruleFields,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RuleDto = z.infer<typeof ruleSchema>;
