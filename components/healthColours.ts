import type { HealthClass } from "@/lib/analytics/types.ts";

/**
 * The health class colours as CSS variables, light and dark, for SVG fills and strokes (gauge,
 * bars). Put this class on a wrapper; Tailwind sees the literal class names here.
 */
export const HEALTH_COLOUR_VARS =
  "[--health-excellent:#059669] [--health-good:#65a30d] [--health-fair:#d97706] [--health-poor:#dc2626] [--health-unknown:#94a3b8] " +
  "dark:[--health-excellent:#34d399] dark:[--health-good:#a3e635] dark:[--health-fair:#fbbf24] dark:[--health-poor:#f87171] dark:[--health-unknown:#64748b]";

export function healthColour(healthClass: HealthClass | null | undefined): string {
  return `var(--health-${healthClass ?? "unknown"})`;
}

/** Text in the class colour, dark enough for small text on white (and light enough on slate-900). */
export const HEALTH_TEXT: Record<HealthClass | "unknown", string> = {
  excellent: "text-emerald-700 dark:text-emerald-300",
  good: "text-lime-700 dark:text-lime-300",
  fair: "text-amber-700 dark:text-amber-300",
  poor: "text-red-700 dark:text-red-300",
  unknown: "text-slate-600 dark:text-slate-300",
};
