"use client";

import { useActionState } from "react";
import { signIn } from "@/app/actions/session.ts";
import { inputClass } from "./nodes/formStyles.ts";
import { PANEL } from "./panel.ts";

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(signIn, { error: null });
  return (
    <form action={action} aria-label="Sign in" className={`space-y-3 ${PANEL}`}>
      <input type="hidden" name="next" value={next} />
      <label className="block text-sm font-medium">
        Admin token
        <input name="token" type="password" required autoComplete="current-password" className={inputClass} />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
      {state.error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
