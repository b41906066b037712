"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safeAction.ts";
import { silenceInputSchema, updateRuleInputSchema } from "@/lib/api/schemas/alerts.ts";
import { createChannelInputSchema } from "@/lib/api/schemas/channels.ts";
import { acknowledgeAlert as acknowledge } from "@/lib/db/queries/alerts/acknowledgeAlert.ts";
import { silenceAlert as silence } from "@/lib/db/queries/alerts/silenceAlert.ts";
import { createChannel as create } from "@/lib/db/queries/channels/createChannel.ts";
import { queueTestDelivery } from "@/lib/db/queries/channels/queueTestDelivery.ts";
import { updateRule as update } from "@/lib/db/queries/rules/updateRule.ts";

// The alerts page's writes: acknowledge, silence, edit a rule, add a channel, send a test.
const id = z.uuid();

const ackRun = safeAction(z.strictObject({ id }), (input, db) => acknowledge(db, input.id, "dashboard"));
const silenceRun = safeAction(silenceInputSchema.and(z.object({ id })), (input, db) =>
  silence(db, input.id, input.until, input.reason),
);
const ruleRun = safeAction(z.strictObject({ id, changes: updateRuleInputSchema }), (input, db) =>
  update(db, input.id, input.changes),
);
const channelRun = safeAction(createChannelInputSchema, (input, db) => create(db, input));
const testRun = safeAction(z.strictObject({ id }), (input, db) => queueTestDelivery(db, input.id));

async function refreshed<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const value = await result;
  if (value.ok) revalidatePath("/", "layout");
  return value;
}

export async function acknowledgeAlert(alertId: string) {
  return refreshed(ackRun({ id: alertId }));
}
export async function silenceAlert(alertId: string, until: string, reason: string) {
  return refreshed(silenceRun({ id: alertId, until, reason }));
}
export async function updateRule(ruleId: string, changes: unknown) {
  return refreshed(ruleRun({ id: ruleId, changes }));
}
export async function createChannel(input: unknown) {
  return refreshed(channelRun(input));
}
export async function sendTestNotification(channelId: string) {
  return refreshed(testRun({ id: channelId }));
}
