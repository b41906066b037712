"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { addNode } from "@/app/actions/addNode.ts";
import { testNodeConnection } from "@/app/actions/testNodeConnection.ts";
import { updateNode } from "@/app/actions/updateNode.ts";
import type { FieldProblem } from "@/lib/api/problems.ts";
import type { NodeDto } from "@/lib/api/schemas/nodes.ts";
import type { ConnectionTestResult } from "@/lib/collector/testConnection.ts";
import { ConnectionTestPanel } from "./ConnectionTestPanel.tsx";
import { CredentialFields } from "./CredentialFields.tsx";
import { inputClass, secondaryButton } from "./formStyles.ts";
import { readNodeForm } from "./readNodeForm.ts";

/** Adds a node, or edits one when `node` is given; "Test connection" asks the node without saving. */
export function NodeForm({ node, onDone }: { node?: NodeDto; onDone?: () => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [tested, setTested] = useState<ConnectionTestResult | null>(null);
  const [protocol, setProtocol] = useState<string>(node?.protocol ?? "aitbc");
  const id = node ? `edit-${node.id.slice(0, 8)}` : "node";
  const errorFor = (field: string) =>
    errors.find((e) => e.field === `body.${field}` || e.field === `body.changes.${field}`)?.message;

  function save(form: HTMLFormElement) {
    const input = readNodeForm(new FormData(form));
    startTransition(async () => {
      const result = node ? await updateNode(node.id, input) : await addNode(input);
      setErrors(result.ok ? [] : result.errors);
      setMessage(
        result.ok ? `${node ? "Saved" : "Added"} ${result.data.name} (${result.data.status}).` : result.message,
      );
      if (!result.ok) return;
      if (!node) form.reset();
      router.refresh();
      onDone?.();
    });
  }

  function test(form: HTMLFormElement) {
    const { url, protocol, timeoutMs, credentials } = readNodeForm(new FormData(form));
    startTransition(async () => {
      const result = await testNodeConnection({ url, protocol, timeoutMs, credentials: credentials ?? undefined });
      setErrors(result.ok ? [] : result.errors);
      setTested(result.ok ? result.data : null);
      setMessage(result.ok ? null : result.message);
    });
  }

  return (
    <form
      aria-label={node ? `Edit ${node.name}` : "Add a node"}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 dark:border-slate-800 dark:bg-slate-900"
      onSubmit={(event) => {
        event.preventDefault();
        save(event.currentTarget);
      }}
    >
      <Field id={`${id}-name`} label="Name" error={errorFor("name")}>
        <input
          id={`${id}-name`}
          name="name"
          required
          maxLength={100}
          defaultValue={node?.name}
          placeholder="devnet-1"
          className={inputClass}
        />
      </Field>
      <Field id={`${id}-url`} label="URL" error={errorFor("url")}>
        <input
          id={`${id}-url`}
          name="url"
          required
          type="url"
          defaultValue={node?.url}
          placeholder="http://127.0.0.1:8545"
          className={inputClass}
        />
      </Field>
      <Field id={`${id}-protocol`} label="Protocol" error={errorFor("protocol")}>
        <select
          id={`${id}-protocol`}
          name="protocol"
          value={protocol}
          onChange={(e) => setProtocol(e.target.value)}
          className={inputClass}
        >
          <option value="aitbc">aitbc</option>
          <option value="evm">evm (Ethereum JSON-RPC)</option>
          <option value="bitcoin">bitcoin (Bitcoin Core RPC)</option>
        </select>
      </Field>
      <div className="grid grid-cols-2 gap-2">
        <Field id={`${id}-interval`} label="Interval (s)" error={errorFor("intervalSeconds")}>
          <input
            id={`${id}-interval`}
            name="intervalSeconds"
            type="number"
            min={5}
            max={3600}
            defaultValue={node?.intervalSeconds ?? 15}
            className={inputClass}
          />
        </Field>
        <Field id={`${id}-timeout`} label="Timeout (ms)" error={errorFor("timeoutMs")}>
          <input
            id={`${id}-timeout`}
            name="timeoutMs"
            type="number"
            min={100}
            max={60000}
            defaultValue={node?.timeoutMs ?? 5000}
            className={inputClass}
          />
        </Field>
      </div>
      <CredentialFields protocol={protocol} idPrefix={id} hasStored={node?.hasCredentials ?? false} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-60"
        >
          {pending ? "Working…" : node ? "Save" : "Add node"}
        </button>
        <button
          type="button"
          disabled={pending}
          className={secondaryButton}
          onClick={(e) => e.currentTarget.form && test(e.currentTarget.form)}
        >
          Test connection
        </button>
        {node && onDone ? (
          <button type="button" className={secondaryButton} onClick={onDone}>
            Cancel
          </button>
        ) : null}
        {message ? (
          <p role="status" className="text-sm">
            {message}
          </p>
        ) : null}
      </div>
      {tested ? <ConnectionTestPanel result={tested} /> : null}
    </form>
  );
}

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {error ? <p className="mt-1 text-sm text-red-600 dark:text-red-400">{error}</p> : null}
    </div>
  );
}
