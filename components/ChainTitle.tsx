"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { renameChain } from "@/app/actions/renameChain.ts";
import { inputClass, secondaryButton } from "./nodes/formStyles.ts";

/** The chain's name with an inline rename: chains are found from nodes, and named by the operator. */
export function ChainTitle({ chainId, name, canRename }: { chainId: string; name: string; canRename: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (!editing) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{name}</h1>
        {name !== chainId ? <span className="text-sm text-slate-600 dark:text-slate-300">{chainId}</span> : null}
        {canRename ? (
          <button type="button" className={secondaryButton} onClick={() => setEditing(true)}>
            Rename
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <form
      aria-label="Rename chain"
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const value = String(new FormData(event.currentTarget).get("name") ?? "");
        startTransition(async () => {
          const result = await renameChain(chainId, value);
          setError(result.ok ? null : result.message);
          if (result.ok) {
            setEditing(false);
            router.refresh();
          }
        });
      }}
    >
      <label className="text-sm">
        Chain name
        <input name="name" defaultValue={name} required maxLength={100} className={inputClass} />
      </label>
      <button type="submit" disabled={pending} className={secondaryButton}>
        Save
      </button>
      <button type="button" className={secondaryButton} onClick={() => setEditing(false)}>
        Cancel
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </form>
  );
}
