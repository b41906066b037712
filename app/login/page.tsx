import type { Metadata } from "next";
import { SignInForm } from "@/components/SignInForm.tsx";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Use the admin token: the one printed when ChainPulse first started, or CHAINPULSE_ADMIN_TOKEN.
      </p>
      <SignInForm next={next ?? "/"} />
    </div>
  );
}
