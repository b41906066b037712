import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Scheduler } from "../../lib/collector/scheduler.ts";
import { deliverPending } from "../../lib/notify/deliverPending.ts";
import { startAitbcNode, type RunningAitbcNode } from "../../scripts/simulator/aitbcNodeSimulator.ts";
import { fastChain } from "../helpers/simulators.ts";
import { BACKENDS, createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";
import { startWebhookReceiver } from "../helpers/webhookReceiver.ts";

describe.each(BACKENDS)("a node that stops and returns, on %s", (backend) => {
  let db: TestDatabase;
  let node: RunningAitbcNode;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let scheduler: Scheduler;
  const chain = fastChain("ait-devnet");

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    receiver = await startWebhookReceiver();
    node = await startAitbcNode({ nodeId: "n", chains: [chain] });
    await db.prisma.node.create({ data: { name: "sim", url: node.url, protocol: "aitbc", timeoutMs: 500 } });
    for (const kind of ["generic", "slack", "discord"] as const) {
      await db.prisma.notificationChannel.create({ data: { name: kind, kind, url: `${receiver.url}/${kind}` } });
    }
    scheduler = new Scheduler(db.prisma, { concurrency: 2 });
  });
  afterAll(async () => {
    await node.close();
    await receiver.close();
    await db.destroy();
  });

  const nodeDownAlerts = () => db.prisma.alert.findMany({ where: { rule: { name: "node_down" } } });
  const deliver = async () => {
    while ((await deliverPending(db.prisma)) > 0);
  };

  test("raises node_down once, notifies once per channel, and resolves once when the node returns", async () => {
    await scheduler.collectNow();
    expect(await nodeDownAlerts()).toHaveLength(0);
    expect(await db.prisma.healthScore.count()).toBe(1);

    const port = node.port;
    await node.close();
    for (let i = 0; i < 5; i++) await scheduler.collectNow();
    const [firing, ...others] = await nodeDownAlerts();
    expect(others).toHaveLength(0);
    expect(firing).toMatchObject({ state: "firing", severity: "critical", value: 5, threshold: 3 });
    expect(firing!.message).toMatch(/node_down on ait-devnet \/ sim/);

    await deliver();
    expect(receiver.received.map((r) => r.path).sort()).toEqual(["/discord", "/generic", "/slack"]);
    const generic = receiver.received.find((r) => r.path === "/generic")!.body;
    expect(generic).toMatchObject({
      source: "chainpulse",
      event: "firing",
      alert: { rule: "node_down", state: "firing" },
    });
    expect(receiver.received.find((r) => r.path === "/slack")!.body).toMatchObject({
      text: expect.stringMatching(/^\[FIRING CRITICAL\] node_down/),
    });
    expect(receiver.received.find((r) => r.path === "/discord")!.body).toMatchObject({ embeds: [{ color: 0xdc2626 }] });

    node = await startAitbcNode({ nodeId: "n", chains: [chain], port });
    await scheduler.collectNow();
    await scheduler.collectNow();
    const [resolved, ...more] = await nodeDownAlerts();
    expect(more).toHaveLength(0);
    expect(resolved).toMatchObject({ state: "resolved", openKey: null });
    // The episode keeps what it fired with.
    expect(resolved).toMatchObject({ message: firing!.message, value: 5 });
    expect(resolved!.resolvedAt!.getTime()).toBeGreaterThan(resolved!.firedAt!.getTime());

    await deliver();
    const events = receiver.received
      .filter((r) => r.path === "/generic")
      .map((r) => (r.body as { event: string }).event);
    expect(events).toEqual(["firing", "resolved"]);
    expect(receiver.received).toHaveLength(6);
  });

  test("a failing webhook is retried with backoff and the log keeps every attempt", async () => {
    const [alert] = await nodeDownAlerts();
    const channel = await db.prisma.notificationChannel.findUniqueOrThrow({ where: { name: "generic" } });
    await db.prisma.notificationDelivery.create({
      data: {
        channelId: channel.id,
        alertId: alert!.id,
        event: "resolved",
        payload: { event: "resolved", alert: null, at: new Date().toISOString() },
      },
    });
    receiver.failNext(1);
    await deliverPending(db.prisma);
    const failed = await db.prisma.notificationDelivery.findFirstOrThrow({ where: { attempts: 1, status: "pending" } });
    expect(failed).toMatchObject({ responseStatus: 500, lastError: "HTTP 500" });
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 3000);
    await db.prisma.notificationDelivery.update({ where: { id: failed.id }, data: { nextAttemptAt: new Date() } });
    await deliverPending(db.prisma);
    expect(await db.prisma.notificationDelivery.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({
      status: "sent",
      attempts: 2,
    });
  });
});
