"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

/** Runs a server action, keeps its error to show, and refreshes the page's server data afterwards. */
export function useRefreshingAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<{ ok: boolean; message?: string }>) =>
    startTransition(async () => {
      const result = await action();
      setError(result.ok ? null : (result.message ?? "failed"));
      router.refresh();
    });
  return { pending, error, run };
}
