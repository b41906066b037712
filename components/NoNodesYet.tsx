import Link from "next/link";
import { StatePanel } from "./StatePanel.tsx";

export function NoNodesYet() {
  return (
    <StatePanel
      state="empty"
      message="ChainPulse is not watching any node yet, so there is nothing to show."
      action={
        <Link
          href="/nodes"
          className="inline-block rounded-md bg-blue-600 px-4 py-2 font-medium text-white hover:bg-blue-700"
        >
          Add your first node
        </Link>
      }
    />
  );
}
