import type { ReactNode } from "react";

export interface Column {
  label: string;
  align?: "right";
}

/** The frame every data table shares: scrolls sideways on a phone, header row from the columns. */
export function TableShell({ columns, children }: { columns: Column[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400">
          <tr>
            {columns.map((column, index) => (
              <th
                key={`${column.label}-${index}`}
                className={`px-3 py-2 font-medium ${column.align === "right" ? "text-right" : ""}`}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
