const COLOURS: Record<string, string> = {
  up: "var(--status-up)",
  degraded: "var(--status-degraded)",
  down: "var(--status-down)",
  unknown: "var(--status-unknown)",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className="inline-flex items-center gap-1.5 text-sm">
      <span
        aria-hidden
        className="h-2.5 w-2.5 rounded-full"
        style={{ background: COLOURS[status] ?? COLOURS.unknown }}
      />
      {status}
    </span>
  );
}
