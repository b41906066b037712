import type { PredictionAccuracy } from "@/lib/db/queries/predictions/getPredictionAccuracy.ts";
import type { StoredPrediction } from "@/lib/db/queries/predictions/listLatestPredictions.ts";
import { formatNumber } from "../format.ts";
import { PANEL } from "../panel.ts";

/** Forecasts with their 80 % interval, method and measured confidence, and how past ones fared. */
export function PredictionTable({
  predictions,
  accuracy,
  daysUntilDiskFull,
}: {
  predictions: StoredPrediction[];
  accuracy: PredictionAccuracy[];
  daysUntilDiskFull: number | null;
}) {
  return (
    <section aria-labelledby="predictions-heading" tabIndex={0} className={`overflow-x-auto ${PANEL}`}>
      <h2 id="predictions-heading" className="font-medium">
        Predictions
      </h2>
      {predictions.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          Not enough history yet: a forecast needs several samples spanning a quarter of its horizon.
        </p>
      ) : (
        <table className="mt-2 w-full text-sm" data-testid="predictions">
          <thead className="text-left text-slate-600 dark:text-slate-300">
            <tr>
              <th className="py-1 font-medium">Metric</th>
              <th className="py-1 text-right font-medium">In</th>
              <th className="py-1 text-right font-medium">Forecast</th>
              <th className="py-1 text-right font-medium">80 % interval</th>
              <th className="py-1 pl-4 font-medium">Method</th>
              <th className="py-1 text-right font-medium">Confidence</th>
            </tr>
          </thead>
          <tbody>
            {predictions.map((p) => (
              <tr key={p.id} className="border-t border-slate-100 dark:border-slate-800">
                <td className="py-0.5">{p.metric}</td>
                <td className="py-0.5 text-right tabular-nums">{formatNumber(p.horizonSeconds / 3600, 1)} h</td>
                <td className="py-0.5 text-right tabular-nums">{formatNumber(p.value)}</td>
                <td className="py-0.5 text-right tabular-nums">
                  {formatNumber(p.lower)} – {formatNumber(p.upper)}
                </td>
                <td className="py-0.5 pl-4">{p.method}</td>
                <td className="py-0.5 text-right tabular-nums">{Math.round(p.confidence * 100)} %</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {daysUntilDiskFull !== null ? (
        <p className="mt-2 text-sm" data-testid="disk-full">
          Disk full in about {formatNumber(daysUntilDiskFull, 1)} days at the current growth.
        </p>
      ) : null}
      {accuracy.length > 0 ? (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-300">
          Scored so far:{" "}
          {accuracy
            .map(
              (a) =>
                `${a.metric} (${a.method}): ${a.scored} scored, median error ${a.medianPctError === null ? "—" : `${formatNumber(a.medianPctError * 100, 1)} %`}, ${a.intervalCoverage === null ? "—" : `${formatNumber(a.intervalCoverage * 100, 0)} %`} inside the interval`,
            )
            .join(" · ")}
        </p>
      ) : null}
    </section>
  );
}
