import type { ReactNode } from "react";

export interface Column {
  label: string;
  align?: "right";
  /** Read by screen readers only (a column of buttons still needs a header name). */
  hidden?: boolean;
}

/**
 * The frame every data table shares: scrolls sideways on a phone (focusable, so keyboard users can
 * scroll it too), header row from the columns.
 */
export function TableShell({ label, columns, children }: { label: string; columns: Column[]; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      // relative: screen-reader-only text (absolutely placed) must scroll with the table, not widen the page.
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-300">
          <tr>
            {columns.map((column, index) => (
              <th
                key={`${column.label}-${index}`}
                scope="col"
                className={`px-3 py-2 font-medium ${column.align === "right" ? "text-right" : ""}`}
              >
                {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
