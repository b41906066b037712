import type { Recommendation } from "@/lib/analytics/recommendations.ts";
import { COMPARISON_SYMBOLS } from "@/lib/analytics/alerts/alertMetrics.ts";
import { formatNumber } from "../format.ts";
import { PANEL } from "../panel.ts";

const PRIORITY: Record<string, string> = {
  high: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
  medium: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200",
  low: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200",
};

export function RecommendationList({ recommendations }: { recommendations: Recommendation[] }) {
  return (
    <section aria-labelledby="recs-heading" className={PANEL}>
      <h2 id="recs-heading" className="font-medium">
        Recommendations
      </h2>
      {recommendations.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">Nothing to recommend from the latest data.</p>
      ) : (
        <ul className="mt-2 space-y-3" data-testid="recommendations">
          {recommendations.map((rec) => (
            <li key={rec.id} className="text-sm">
              <span className={`mr-2 rounded px-1.5 py-0.5 text-xs font-medium ${PRIORITY[rec.priority] ?? ""}`}>
                {rec.priority}
              </span>
              <span className="font-medium">{rec.issue}</span>{" "}
              <span className="text-slate-600 dark:text-slate-300">({rec.type})</span>
              <p className="text-slate-600 dark:text-slate-300">{rec.action}</p>
              <p className="text-xs text-slate-600 dark:text-slate-300">
                Evidence: {rec.evidence.metric} {formatNumber(rec.evidence.value)}{" "}
                {COMPARISON_SYMBOLS[rec.evidence.comparison]} {formatNumber(rec.evidence.threshold)}
                {rec.evidence.trend
                  ? ` · trend: ${formatNumber(rec.evidence.trend.predictedValue)} in ${formatNumber(rec.evidence.trend.horizonHours)} h`
                  : ""}{" "}
                · {new Date(rec.evidence.observedAt).toLocaleString("en-GB")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
