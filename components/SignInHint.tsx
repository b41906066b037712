import Link from "next/link";

export function SignInHint({ what, next }: { what: string; next: string }) {
  return (
    <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
      <Link
        href={`/login?next=${encodeURIComponent(next)}`}
        className="font-medium text-blue-700 underline dark:text-blue-300"
      >
        Sign in
      </Link>{" "}
      with the admin token to {what}.
    </p>
  );
}
