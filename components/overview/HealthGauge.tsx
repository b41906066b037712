import type { HealthClass } from "@/lib/analytics/types.ts";
import { formatNumber } from "../format.ts";
import { HEALTH_COLOUR_VARS, HEALTH_TEXT, healthColour } from "../healthColours.ts";

// A half circle from left to right; pathLength 100 lets the dash length be the score itself.
const ARC = "M 10 50 A 40 40 0 0 1 90 50";

/** Health 0-100 as a half-ring in the colour of its class; grey and "unknown" when there is none. */
export function HealthGauge({ score, healthClass }: { score: number | null; healthClass: HealthClass | null }) {
  const known = score !== null && Number.isFinite(score);
  const shown = known ? formatNumber(score, 1) : null;
  const label = known ? `Health ${shown} of 100${healthClass ? `, ${healthClass}` : ""}` : "Health unknown";
  const filled = known ? Math.min(100, Math.max(0, score)) : 0;
  return (
    <div role="img" aria-label={label} className={`flex w-24 shrink-0 flex-col items-center ${HEALTH_COLOUR_VARS}`}>
      <svg viewBox="0 0 100 56" className="w-full" aria-hidden>
        <path
          d={ARC}
          fill="none"
          strokeWidth={10}
          strokeLinecap="round"
          className="stroke-slate-200 dark:stroke-slate-700"
        />
        {filled > 0 ? (
          <path
            d={ARC}
            fill="none"
            strokeWidth={10}
            strokeLinecap="round"
            pathLength={100}
            strokeDasharray={`${filled} 100`}
            style={{ stroke: healthColour(healthClass) }}
          />
        ) : null}
        <text
          x={50}
          y={48}
          textAnchor="middle"
          className="fill-slate-900 text-[20px] font-semibold dark:fill-slate-100"
        >
          {shown ?? "—"}
        </text>
      </svg>
      <span className={`-mt-1 text-xs font-medium ${HEALTH_TEXT[known ? (healthClass ?? "unknown") : "unknown"]}`}>
        {known ? (healthClass ?? "unclassified") : "unknown"}
      </span>
    </div>
  );
}
