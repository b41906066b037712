import type { ReactNode } from "react";

/** One panel for the error and empty states of any data view (loading is drawn as skeletons). */
export function StatePanel({
  state,
  message,
  action,
}: {
  state: "error" | "empty";
  message: string;
  action?: ReactNode;
}) {
  const tone =
    state === "error"
      ? "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      : "border-slate-200 bg-white text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300";
  return (
    <div role={state === "error" ? "alert" : "status"} className={`rounded-lg border p-6 text-center ${tone}`}>
      <p>{message}</p>
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
