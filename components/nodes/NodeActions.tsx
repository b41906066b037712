"use client";

import { useState } from "react";
import { useRefreshingAction } from "../useRefreshingAction.ts";
import { removeNode } from "@/app/actions/removeNode.ts";
import { updateNode } from "@/app/actions/updateNode.ts";
import type { NodeDto } from "@/lib/api/schemas/nodes.ts";
import { secondaryButton } from "./formStyles.ts";
import { NodeForm } from "./NodeForm.tsx";

export function NodeActions({ node }: { node: NodeDto }) {
  const [editing, setEditing] = useState(false);
  const { pending, error, run } = useRefreshingAction();

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={secondaryButton}
          disabled={pending}
          onClick={() => setEditing(!editing)}
          aria-expanded={editing}
        >
          Edit
        </button>
        <button
          type="button"
          className={secondaryButton}
          disabled={pending}
          onClick={() => run(() => updateNode(node.id, { enabled: !node.enabled }))}
        >
          {node.enabled ? "Disable" : "Enable"}
        </button>
        <button
          type="button"
          className={`${secondaryButton} text-red-700 dark:text-red-400`}
          disabled={pending}
          onClick={() => {
            if (window.confirm(`Remove ${node.name} and its samples?`)) run(() => removeNode(node.id));
          }}
        >
          Remove
        </button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      {editing ? <NodeForm node={node} onDone={() => setEditing(false)} /> : null}
    </div>
  );
}
