import type { LatestHealth } from "@/lib/db/queries/health/getLatestHealth.ts";
import { formatNumber } from "../format.ts";
import { HEALTH_TEXT } from "../healthColours.ts";
import { PANEL } from "../panel.ts";

/** Health 0-100 with its breakdown: which components counted, with what weight, and which were unknown. */
export function HealthCard({ health }: { health: LatestHealth | null }) {
  return (
    <section aria-labelledby="health-heading" className={PANEL}>
      <h2 id="health-heading" className="font-medium">
        Health
      </h2>
      {!health || health.score === null ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          Unknown: no fresh sample reports TPS, block time, nodes or memory.
        </p>
      ) : (
        <>
          <p className="mt-1" data-testid="health-score">
            <span className={`text-3xl font-semibold ${HEALTH_TEXT[health.healthClass ?? "unknown"]}`}>
              {formatNumber(health.score, 1)}
            </span>
            <span className="ml-2 text-sm text-slate-600 dark:text-slate-300">/ 100 · {health.healthClass}</span>
          </p>
          <table className="mt-3 w-full text-sm">
            <thead className="text-left text-slate-600 dark:text-slate-300">
              <tr>
                <th className="py-1 font-medium">Component</th>
                <th className="py-1 text-right font-medium">Value</th>
                <th className="py-1 text-right font-medium">Score</th>
                <th className="py-1 text-right font-medium">Weight</th>
              </tr>
            </thead>
            <tbody>
              {health.breakdown.map((item) => (
                <tr
                  key={item.component}
                  className={item.score === null ? "text-slate-600 italic dark:text-slate-400" : undefined}
                >
                  <td className="py-0.5">{item.component}</td>
                  <td className="py-0.5 text-right tabular-nums">{formatNumber(item.value)}</td>
                  <td className="py-0.5 text-right tabular-nums">
                    {item.score === null ? "unknown" : formatNumber(item.score, 1)}
                  </td>
                  <td className="py-0.5 text-right tabular-nums">{Math.round(item.effectiveWeight * 100)} %</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
