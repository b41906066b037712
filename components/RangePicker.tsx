import Link from "next/link";
import { RANGES, type RangeKey } from "@/app/chains/[chainId]/searchParams.ts";

export function RangePicker({ chainId, current }: { chainId: string; current: RangeKey }) {
  return (
    <nav
      aria-label="Time range"
      className="inline-flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-700"
    >
      {(Object.keys(RANGES) as RangeKey[]).map((key) => (
        <Link
          key={key}
          href={`/chains/${encodeURIComponent(chainId)}?range=${key}`}
          aria-current={key === current ? "page" : undefined}
          className={`px-3 py-1.5 text-sm ${key === current ? "bg-blue-600 text-white" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
        >
          {key}
        </Link>
      ))}
    </nav>
  );
}
