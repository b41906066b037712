"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { collectNow } from "@/app/actions/collectNow.ts";

export function CollectNowButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="flex items-center gap-3">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await collectNow();
            setMessage(
              result.ok ? `Collected ${result.data.collected} node(s), ${result.data.failed} failed.` : result.message,
            );
            router.refresh();
          })
        }
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        {pending ? "Collecting…" : "Collect now"}
      </button>
      {message ? (
        <span role="status" className="text-sm text-slate-600 dark:text-slate-300">
          {message}
        </span>
      ) : null}
    </div>
  );
}
