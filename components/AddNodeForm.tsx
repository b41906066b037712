"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addNode } from "@/app/actions/addNode.ts";
import type { FieldProblem } from "@/lib/api/problems.ts";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-950";

export function AddNodeForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  const errorFor = (field: string) => errors.find((e) => e.field === `body.${field}`)?.message;

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    startTransition(async () => {
      const result = await addNode({ name: data.get("name"), url: data.get("url"), protocol: data.get("protocol") });
      if (result.ok) {
        setErrors([]);
        setMessage(`Added ${result.data.name} (${result.data.status}).`);
        form.reset();
        router.refresh();
      } else {
        setErrors(result.errors);
        setMessage(result.message);
      }
    });
  }

  return (
    <form
      aria-label="Add a node"
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 dark:border-slate-800 dark:bg-slate-900"
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
    >
      <Field label="Name" name="name" error={errorFor("name")}>
        <input id="node-name" name="name" required maxLength={100} placeholder="devnet-1" className={inputClass} />
      </Field>
      <Field label="URL" name="url" error={errorFor("url")}>
        <input
          id="node-url"
          name="url"
          required
          type="url"
          placeholder="http://127.0.0.1:8545"
          className={inputClass}
        />
      </Field>
      <Field label="Protocol" name="protocol" error={errorFor("protocol")}>
        <select id="node-protocol" name="protocol" defaultValue="aitbc" className={inputClass}>
          <option value="aitbc">aitbc</option>
        </select>
      </Field>
      <div className="flex items-end">
        <button
          type="submit"
          disabled={pending}
          className="w-full rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-60"
        >
          {pending ? "Adding…" : "Add node"}
        </button>
      </div>
      {message ? (
        <p role="status" className="text-sm sm:col-span-4">
          {message}
        </p>
      ) : null}
    </form>
  );
}

function Field({
  label,
  name,
  error,
  children,
}: {
  label: string;
  name: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={`node-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {error ? <p className="mt-1 text-sm text-red-600 dark:text-red-400">{error}</p> : null}
    </div>
  );
}
