import type { RuleDto } from "../../../api/schemas/alerts.ts";
import type { AlertRule } from "../../generated/client.ts";

export function toRuleDto(rule: AlertRule): RuleDto {
  return {
    id: rule.id,
    name: rule.name,
    metric: rule.metric as RuleDto["metric"],
    comparison: rule.comparison,
    threshold: rule.threshold,
    severity: rule.severity,
    forSeconds: rule.forSeconds,
    scopeChainId: rule.scopeChainId,
    scopeNodeId: rule.scopeNodeId,
    enabled: rule.enabled,
    description: rule.description,
    createdAt: rule.createdAt.toISOString(),
    updatedAt: rule.updatedAt.toISOString(),
  };
}
