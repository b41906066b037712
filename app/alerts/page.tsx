import type { Metadata } from "next";
import Link from "next/link";
import { AlertTable } from "@/components/alerts/AlertTable.tsx";
import { ChannelSection } from "@/components/alerts/ChannelSection.tsx";
import { RuleTable } from "@/components/alerts/RuleTable.tsx";
import { AutoRefresh } from "@/components/AutoRefresh.tsx";
import { listAlertsQuerySchema } from "@/lib/api/schemas/alerts.ts";
import { SignInHint } from "@/components/SignInHint.tsx";
import { requireReadAccess } from "@/lib/auth/pageAccess.ts";
import { getDatabase } from "@/lib/db/getDatabase.ts";
import { listAlerts } from "@/lib/db/queries/alerts/listAlerts.ts";
import { listChannels } from "@/lib/db/queries/channels/listChannels.ts";
import { listDeliveries } from "@/lib/db/queries/channels/listDeliveries.ts";
import { listRules } from "@/lib/db/queries/rules/listRules.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Alerts" };

const FILTERS = [
  { label: "Open", state: "firing,pending" },
  { label: "Firing", state: "firing" },
  { label: "Pending", state: "pending" },
  { label: "Resolved", state: "resolved" },
  { label: "All", state: "" },
];

export default async function AlertsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const state = params.state ?? "firing,pending";
  const query = listAlertsQuerySchema.safeParse({
    ...(state ? { state } : {}),
    ...(params.q ? { q: params.q } : {}),
    limit: "100",
  });
  const { prisma: db } = await getDatabase();
  const canWrite = (await requireReadAccess(db, "/alerts")) === "admin";
  const [alerts, rules, channels, deliveries] = await Promise.all([
    query.success ? listAlerts(db, query.data) : Promise.resolve({ alerts: [], nextCursor: null }),
    listRules(db),
    // Channel names and deliveries say where alerts go: admins only.
    canWrite ? listChannels(db) : [],
    canWrite ? listDeliveries(db, undefined, 20) : [],
  ]);
  return (
    <div className="space-y-8">
      <AutoRefresh />
      <section className="space-y-3">
        <h1 className="text-2xl font-semibold">Alerts</h1>
        <nav aria-label="Alert filter" className="flex flex-wrap gap-2 text-sm">
          {FILTERS.map((filter) => (
            <Link
              key={filter.label}
              href={filter.state ? `/alerts?state=${filter.state}` : "/alerts?state="}
              aria-current={filter.state === state ? "page" : undefined}
              className={`rounded-md border px-3 py-1 ${filter.state === state ? "border-blue-600 bg-blue-600 text-white" : "border-slate-300 dark:border-slate-700"}`}
            >
              {filter.label}
            </Link>
          ))}
        </nav>
        <AlertTable alerts={alerts.alerts} actions={canWrite} />
      </section>
      <section className="space-y-3" aria-labelledby="rules-heading">
        <h2 id="rules-heading" className="text-lg font-medium">
          Rules
        </h2>
        <RuleTable rules={rules} canWrite={canWrite} />
      </section>
      <section className="space-y-3" aria-labelledby="channels-heading">
        <h2 id="channels-heading" className="text-lg font-medium">
          Notifications
        </h2>
        {canWrite ? (
          <ChannelSection channels={channels} deliveries={deliveries} />
        ) : (
          <SignInHint what="manage notifications" next="/alerts" />
        )}
      </section>
    </div>
  );
}
