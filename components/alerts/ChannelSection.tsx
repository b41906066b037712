"use client";

import { LocalTime } from "../live/LocalTime.tsx";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createChannel, sendTestNotification } from "@/app/actions/alertActions.ts";
import type { ChannelDto, DeliveryDto } from "@/lib/api/schemas/channels.ts";
import { inputClass, secondaryButton } from "../nodes/formStyles.ts";

/** Webhook channels (the URL is write-only), a "send test" per channel, and the delivery log. */
export function ChannelSection({ channels, deliveries }: { channels: ChannelDto[]; deliveries: DeliveryDto[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const names = new Map(channels.map((c) => [c.id, c.name]));
  return (
    <div className="space-y-4">
      <form
        aria-label="Add a webhook"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 dark:border-slate-800 dark:bg-slate-900"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const data = new FormData(form);
          startTransition(async () => {
            const result = await createChannel({
              name: data.get("name"),
              kind: data.get("kind"),
              url: data.get("url"),
            });
            setMessage(result.ok ? `Added ${result.data.name}.` : result.message);
            if (result.ok) form.reset();
            router.refresh();
          });
        }}
      >
        <label className="text-sm">
          Name
          <input name="name" required className={inputClass} />
        </label>
        <label className="text-sm">
          Format
          <select name="kind" className={inputClass} defaultValue="generic">
            <option value="generic">generic JSON</option>
            <option value="slack">Slack</option>
            <option value="discord">Discord</option>
          </select>
        </label>
        <label className="text-sm">
          Webhook URL
          <input name="url" type="url" required className={inputClass} />
        </label>
        <div className="flex items-end gap-2">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700"
          >
            Add webhook
          </button>
        </div>
        {message ? (
          <p role="status" className="text-sm sm:col-span-4">
            {message}
          </p>
        ) : null}
      </form>
      {channels.length > 0 ? (
        <ul className="space-y-1 text-sm">
          {channels.map((channel) => (
            <li key={channel.id} className="flex items-center gap-3">
              <span className="font-medium">{channel.name}</span>{" "}
              <span className="text-slate-600 dark:text-slate-300">{channel.kind}</span>
              <button
                type="button"
                className={secondaryButton}
                disabled={pending}
                onClick={() =>
                  startTransition(async () => {
                    const result = await sendTestNotification(channel.id);
                    setMessage(result.ok ? `Test queued for ${channel.name}.` : result.message);
                    router.refresh();
                  })
                }
              >
                Send test
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {deliveries.length > 0 ? (
        <div role="region" aria-label="Delivery log" tabIndex={0} className="overflow-x-auto">
          <table className="w-full text-left text-xs" data-testid="delivery-log">
            <thead className="text-slate-600 dark:text-slate-300">
              <tr>
                <th className="py-1">Time</th>
                <th>Channel</th>
                <th>Event</th>
                <th>Status</th>
                <th>Attempts</th>
                <th>Error</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id} className="border-t border-slate-100 dark:border-slate-800">
                  <td className="py-0.5">
                    <LocalTime iso={d.createdAt} />
                  </td>
                  <td>{names.get(d.channelId) ?? d.channelId}</td>
                  <td>{d.event}</td>
                  <td>
                    {d.status}
                    {d.responseStatus ? ` (${d.responseStatus})` : ""}
                  </td>
                  <td>{d.attempts}</td>
                  <td>{d.lastError ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
