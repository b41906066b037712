"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { updateRule } from "@/app/actions/alertActions.ts";
import { COMPARISON_SYMBOLS } from "@/lib/analytics/alerts/alertMetrics.ts";
import type { RuleDto } from "@/lib/api/schemas/alerts.ts";
import { inputClass, secondaryButton } from "../nodes/formStyles.ts";
import { TableShell, type Column } from "../TableShell.tsx";

/** The rule editor: threshold, for-duration, severity and on/off per rule, saved as you go. */
const COLUMNS: Column[] = [
  { label: "Rule" },
  { label: "Condition" },
  { label: "Threshold" },
  { label: "For (s)" },
  { label: "Severity" },
  { label: "On" },
  { label: "Actions", hidden: true },
];

export function RuleTable({ rules, canWrite }: { rules: RuleDto[]; canWrite: boolean }) {
  return (
    <TableShell label="Alert rules" columns={COLUMNS}>
      {rules.map((rule) => (
        <RuleRow key={rule.id} rule={rule} canWrite={canWrite} />
      ))}
    </TableShell>
  );
}

function RuleRow({ rule, canWrite }: { rule: RuleDto; canWrite: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const formId = `rule-${rule.id}`;
  return (
    <tr data-testid="rule-row" className="border-b border-slate-100 last:border-0 dark:border-slate-800">
      <td className="px-3 py-2">
        <div className="font-medium">{rule.name}</div>
        <div className="text-xs text-slate-600 dark:text-slate-300">{rule.description}</div>
      </td>
      <td className="px-3 py-2 whitespace-nowrap">
        {rule.metric} {COMPARISON_SYMBOLS[rule.comparison]}
        {rule.scopeChainId ? (
          <div className="text-xs text-slate-600 dark:text-slate-300">chain {rule.scopeChainId}</div>
        ) : null}
      </td>
      <td className="px-3 py-2">
        <input
          form={formId}
          name="threshold"
          aria-label={`${rule.name} threshold`}
          defaultValue={rule.threshold ?? ""}
          placeholder="auto"
          className={`${inputClass} w-28`}
        />
      </td>
      <td className="px-3 py-2">
        <input
          form={formId}
          name="forSeconds"
          type="number"
          min={0}
          aria-label={`${rule.name} for seconds`}
          defaultValue={rule.forSeconds}
          className={`${inputClass} w-24`}
        />
      </td>
      <td className="px-3 py-2">
        <select
          form={formId}
          name="severity"
          aria-label={`${rule.name} severity`}
          defaultValue={rule.severity}
          className={inputClass}
        >
          <option value="info">info</option>
          <option value="warning">warning</option>
          <option value="critical">critical</option>
        </select>
      </td>
      <td className="px-3 py-2">
        <input
          form={formId}
          name="enabled"
          type="checkbox"
          aria-label={`${rule.name} enabled`}
          defaultChecked={rule.enabled}
        />
      </td>
      <td className="px-3 py-2">
        <form
          id={formId}
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const threshold = String(data.get("threshold") ?? "").trim();
            startTransition(async () => {
              const result = await updateRule(rule.id, {
                threshold: threshold === "" ? null : Number(threshold),
                forSeconds: Number(data.get("forSeconds")),
                severity: data.get("severity"),
                enabled: data.get("enabled") === "on",
              });
              setMessage(result.ok ? "Saved" : result.message);
              router.refresh();
            });
          }}
        >
          <button type="submit" className={secondaryButton} disabled={pending || !canWrite}>
            Save
          </button>
          {message ? (
            <span role="status" className="ml-2 text-xs">
              {message}
            </span>
          ) : null}
        </form>
      </td>
    </tr>
  );
}
