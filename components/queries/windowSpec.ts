// A chart's time window as a query key: a sliding one is resolved at each fetch, a fixed one never moves.
export type WindowSpec = { live: true; seconds: number } | { live: false; from: string; to: string };

export function resolveWindow(spec: WindowSpec, now = Date.now()): { from: string; to: string } {
  if (!spec.live) return { from: spec.from, to: spec.to };
  return { from: new Date(now - spec.seconds * 1000).toISOString(), to: new Date(now).toISOString() };
}
