"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { chainViewQuery, RANGES, type ChainChart, type RangeKey } from "./chainView.ts";

/** Preset ranges as links (so each is a shareable URL), and a custom from/to in local time. */
export function RangePicker({
  chainId,
  current,
  charts,
  span,
}: {
  chainId: string;
  current: RangeKey | "custom";
  charts: ChainChart[];
  span: { from: string; to: string };
}) {
  const base = `/chains/${encodeURIComponent(chainId)}`;
  return (
    <div className="flex flex-wrap items-start gap-2">
      <nav
        aria-label="Time range"
        className="inline-flex flex-wrap overflow-hidden rounded-md border border-slate-300 dark:border-slate-700"
      >
        {(Object.keys(RANGES) as RangeKey[]).map((key) => (
          <Link
            key={key}
            href={`${base}${chainViewQuery({ range: key, charts })}`}
            aria-current={key === current ? "page" : undefined}
            scroll={false}
            className={`px-3 py-1.5 text-sm ${key === current ? "bg-blue-700 text-white" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
          >
            {key}
          </Link>
        ))}
      </nav>
      <CustomRange base={base} charts={charts} active={current === "custom"} span={span} />
    </div>
  );
}

function CustomRange({
  base,
  charts,
  active,
  span,
}: {
  base: string;
  charts: ChainChart[];
  active: boolean;
  span: { from: string; to: string };
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // datetime-local values carry no zone: the browser reads them as local time, the URL keeps UTC.
    const from = new Date(String(form.get("from")));
    const to = new Date(String(form.get("to")));
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return setError("Give both a start and an end.");
    if (from >= to) return setError("The start must be before the end.");
    setError(null);
    router.push(`${base}${chainViewQuery({ range: "custom", from, to, charts })}`, { scroll: false });
  };
  return (
    <details className="rounded-md border border-slate-300 text-sm dark:border-slate-700" open={active || undefined}>
      <summary
        className={`cursor-pointer px-3 py-1.5 ${active ? "bg-blue-700 text-white" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
        aria-current={active ? "page" : undefined}
      >
        Custom
      </summary>
      <form onSubmit={apply} className="flex flex-wrap items-end gap-2 p-3" noValidate>
        <TimeField label="From" name="from" iso={span.from} />
        <TimeField label="To" name="to" iso={span.to} />
        <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 text-white hover:bg-blue-800">
          Apply
        </button>
        {error ? (
          <p role="alert" className="w-full text-red-700 dark:text-red-300">
            {error}
          </p>
        ) : null}
      </form>
    </details>
  );
}

/** One end of the custom range, shown in the viewer's local time to the minute. */
function TimeField({ label, name, iso }: { label: string; name: string; iso: string }) {
  return (
    <label className="flex flex-col gap-1">
      {label}
      <input
        type="datetime-local"
        name={name}
        step={60}
        defaultValue={toLocalInput(iso)}
        className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
      />
    </label>
  );
}

/** An ISO time as the value a datetime-local input wants: local wall-clock time to the minute. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
