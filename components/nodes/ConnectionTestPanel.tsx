import type { ConnectionTestResult } from "@/lib/collector/testConnection.ts";

/** What a node answered to "test connection", field by field. */
export function ConnectionTestPanel({ result }: { result: ConnectionTestResult }) {
  return (
    <div
      role="status"
      aria-label="Connection test result"
      className={`space-y-2 rounded-md border p-3 text-sm sm:col-span-4 ${result.ok ? "border-emerald-300 dark:border-emerald-800" : "border-red-300 dark:border-red-800"}`}
    >
      <p className="font-medium">
        {result.ok ? `Answered in ${result.durationMs} ms` : `Failed after ${result.durationMs} ms: ${result.error}`}
        {result.clientVersion ? ` · ${result.clientVersion}` : ""}
      </p>
      {result.chains.map((chain) => (
        <details key={chain.chainId} open>
          <summary>
            {chain.chainName} <span className="text-slate-600 dark:text-slate-300">({chain.chainId})</span>
          </summary>
          <dl className="mt-1 grid grid-cols-2 gap-x-4 sm:grid-cols-4">
            {Object.entries(chain.values).map(([key, value]) => (
              <div
                key={key}
                className="flex justify-between gap-2 border-b border-slate-100 py-0.5 dark:border-slate-800"
              >
                <dt className="text-slate-600 dark:text-slate-300">{key}</dt>
                <dd className="tabular-nums">{value === null ? "—" : String(value)}</dd>
              </div>
            ))}
          </dl>
        </details>
      ))}
      {result.warnings.length > 0 ? (
        <ul className="list-disc pl-5 text-amber-700 dark:text-amber-400">
          {result.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
