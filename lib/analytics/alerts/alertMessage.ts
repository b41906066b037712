import { ALERT_METRICS, COMPARISON_SYMBOLS, type AlertMetric, type Comparison } from "./alertMetrics.ts";

/** "tps_low on ait-devnet: TPS 0.5 tx/s < 1 tx/s" — what a person reads in a list or a chat message. */
export function alertMessage(
  rule: { name: string; metric: string; comparison: Comparison },
  chainName: string,
  nodeName: string | null,
  value: number | null,
  threshold: number | null,
): string {
  const metric = ALERT_METRICS[rule.metric as AlertMetric];
  const unit = metric?.unit ? ` ${metric.unit}` : "";
  const where = nodeName ? `${chainName} / ${nodeName}` : chainName;
  const format = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });
  const condition =
    value === null || threshold === null
      ? "value unknown"
      : `${metric?.label ?? rule.metric} ${format(value)}${unit} ${COMPARISON_SYMBOLS[rule.comparison]} ${format(threshold)}${unit}`;
  return `${rule.name} on ${where}: ${condition}`;
}
