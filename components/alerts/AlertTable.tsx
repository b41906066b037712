"use client";

import { LocalTime } from "../live/LocalTime.tsx";
import { useRefreshingAction } from "../useRefreshingAction.ts";
import { acknowledgeAlert, silenceAlert } from "@/app/actions/alertActions.ts";
import type { AlertDto } from "@/lib/api/schemas/alerts.ts";
import { secondaryButton } from "../nodes/formStyles.ts";
import { SEVERITY_CHIP } from "../severityStyles.ts";
import { TableShell, type Column } from "../TableShell.tsx";

const COLUMNS: Column[] = [
  { label: "Severity" },
  { label: "State" },
  { label: "Alert" },
  { label: "Since" },
  { label: "Actions" },
];

export function AlertTable({ alerts, actions = true }: { alerts: AlertDto[]; actions?: boolean }) {
  if (alerts.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">No alerts match.</p>;
  return (
    <TableShell label="Alerts" columns={actions ? COLUMNS : COLUMNS.slice(0, -1)}>
      {alerts.map((alert) => (
        <tr
          key={alert.id}
          data-testid="alert-row"
          className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800"
        >
          <td className="px-3 py-2">
            <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${SEVERITY_CHIP[alert.severity]}`}>
              {alert.severity}
            </span>
          </td>
          <td className="px-3 py-2">
            {alert.state}
            {alert.acknowledgedAt ? (
              <div className="text-xs text-slate-600 dark:text-slate-300">acknowledged by {alert.acknowledgedBy}</div>
            ) : null}
            {alert.silencedUntil && new Date(alert.silencedUntil) > new Date() ? (
              <div className="text-xs text-slate-600 dark:text-slate-300">
                silenced until <LocalTime iso={alert.silencedUntil} />: {alert.silenceReason}
              </div>
            ) : null}
          </td>
          <td className="px-3 py-2">{alert.message}</td>
          <td className="px-3 py-2 text-xs">
            <LocalTime iso={alert.startedAt} />
            {alert.resolvedAt ? (
              <div>
                resolved <LocalTime iso={alert.resolvedAt} />
              </div>
            ) : null}
          </td>
          {actions ? (
            <td className="px-3 py-2">{alert.state === "resolved" ? null : <AlertActions alert={alert} />}</td>
          ) : null}
        </tr>
      ))}
    </TableShell>
  );
}

function AlertActions({ alert }: { alert: AlertDto }) {
  const { pending, error, run } = useRefreshingAction();
  return (
    <div className="flex flex-wrap gap-2">
      {alert.acknowledgedAt ? null : (
        <button
          type="button"
          className={secondaryButton}
          disabled={pending}
          onClick={() => run(() => acknowledgeAlert(alert.id))}
        >
          Acknowledge
        </button>
      )}
      <button
        type="button"
        className={secondaryButton}
        disabled={pending}
        onClick={() => {
          const reason = window.prompt("Silence for one hour. Reason?");
          if (reason) run(() => silenceAlert(alert.id, new Date(Date.now() + 3_600_000).toISOString(), reason));
        }}
      >
        Silence 1 h
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
