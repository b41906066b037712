"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect } from "react";
import { ErrorRecovery } from "@/components/ErrorRecovery.tsx";

/** Errors from a page: say so, offer a retry (fresh server data, then a re-render) and a way home. */
export default function PageError({ error, reset }: { error: unknown; reset: () => void }) {
  const router = useRouter();

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <ErrorRecovery
        error={error}
        failed="This page could not be loaded."
        onRetry={() =>
          startTransition(() => {
            router.refresh();
            reset();
          })
        }
      />
    </div>
  );
}
