/** The frame of every card and panel (health, recommendations, charts, totals): one look in both themes. */
export const PANEL = "rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";
