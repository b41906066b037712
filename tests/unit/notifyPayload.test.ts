import { describe, expect, test } from "vitest";
import { formatPayload, type AlertEvent } from "../../lib/notify/alertEvent.ts";

type Alert = NonNullable<AlertEvent["alert"]>;
const AT = "2026-11-28T12:01:01.000Z";
const alert = (a: Partial<Alert> = {}): Alert => ({
  id: "alert-1",
  rule: "tps_low",
  severity: "warning",
  state: "firing",
  chainId: "ait-devnet",
  nodeId: null,
  message: "tps_low on ait-devnet: TPS 0.5 tx/s < 1 tx/s",
  value: 0.5,
  threshold: 1,
  startedAt: "2026-11-28T12:00:00.000Z",
  firedAt: AT,
  resolvedAt: null,
  ...a,
});
const firing = (a: Partial<Alert> = {}): AlertEvent => ({ event: "firing", alert: alert(a), at: AT });
const resolved = (a: Partial<Alert> = {}): AlertEvent => ({
  event: "resolved",
  alert: alert({ state: "resolved", resolvedAt: AT, ...a }),
  at: AT,
});
const testEvent: AlertEvent = { event: "test", alert: null, at: AT };
const TEST_TEXT = "ChainPulse test notification: this channel works.";
const MSG = "tps_low on ait-devnet: TPS 0.5 tx/s < 1 tx/s";

const discord = (event: AlertEvent) =>
  formatPayload("discord", event) as {
    content: string;
    embeds: { title: string; description: string; color: number; timestamp: string }[];
  };

describe("formatPayload: headline text", () => {
  test.each<[string, AlertEvent, string]>([
    ["firing warning", firing(), `[FIRING WARNING] ${MSG}`],
    ["firing critical", firing({ severity: "critical" }), `[FIRING CRITICAL] ${MSG}`],
    ["firing info", firing({ severity: "info" }), `[FIRING INFO] ${MSG}`],
    ["resolved carries no severity", resolved({ severity: "critical" }), `[RESOLVED] ${MSG}`],
    ["test event", testEvent, TEST_TEXT],
  ])("%s", (_name, event, text) => {
    expect((formatPayload("generic", event) as { text: string }).text).toBe(text);
    expect((formatPayload("slack", event) as { text: string }).text).toBe(text);
    expect(discord(event).content).toBe(text);
    expect(discord(event).embeds[0]?.description).toBe(text);
  });
});

describe("formatPayload: generic", () => {
  test.each<[string, AlertEvent]>([
    ["firing", firing()],
    ["resolved", resolved()],
    ["test", testEvent],
  ])("%s keeps the whole event and adds source and text", (_name, event) => {
    const payload = formatPayload("generic", event) as Record<string, unknown>;
    expect(payload).toEqual({ source: "chainpulse", ...event, text: expect.any(String) });
    expect(Object.keys(payload).sort()).toEqual(["alert", "at", "event", "source", "text"]);
  });

  test("null value and threshold stay null (not 0)", () => {
    const payload = formatPayload("generic", firing({ value: null, threshold: null })) as { alert: Alert };
    expect(payload.alert.value).toBeNull();
    expect(payload.alert.threshold).toBeNull();
  });

  test("the input event is not mutated", () => {
    const event = firing();
    const copy = structuredClone(event);
    formatPayload("generic", event);
    formatPayload("slack", event);
    formatPayload("discord", event);
    expect(event).toEqual(copy);
  });

  test("serialises to JSON", () => {
    expect(JSON.parse(JSON.stringify(formatPayload("generic", firing())))).toMatchObject({ source: "chainpulse" });
  });
});

describe("formatPayload: slack", () => {
  test.each<[string, AlertEvent, string]>([
    ["firing", firing(), `[FIRING WARNING] ${MSG}`],
    ["resolved", resolved(), `[RESOLVED] ${MSG}`],
    ["test", testEvent, TEST_TEXT],
  ])("%s: text plus one mrkdwn section", (_name, event, text) => {
    expect(formatPayload("slack", event)).toEqual({
      text,
      blocks: [{ type: "section", text: { type: "mrkdwn", text } }],
    });
  });
});

describe("formatPayload: discord", () => {
  test.each<[string, AlertEvent, number]>([
    ["firing critical is red", firing({ severity: "critical" }), 0xdc2626],
    ["firing warning is amber", firing({ severity: "warning" }), 0xd97706],
    ["firing info is blue", firing({ severity: "info" }), 0x2563eb],
    ["resolved critical is green", resolved({ severity: "critical" }), 0x059669],
    ["resolved warning is green", resolved({ severity: "warning" }), 0x059669],
    ["resolved info is green", resolved({ severity: "info" }), 0x059669],
    ["test event is blue", testEvent, 0x2563eb],
  ])("%s", (_name, event, colour) => {
    expect(discord(event).embeds[0]?.color).toBe(colour);
  });

  test.each<[string, AlertEvent, string]>([
    ["alert: rule and chain", firing(), "tps_low · ait-devnet"],
    ["node alert: rule and chain", firing({ rule: "memory_high", nodeId: "node-1" }), "memory_high · ait-devnet"],
    ["test: product name", testEvent, "ChainPulse"],
  ])("title, %s", (_name, event, title) => {
    expect(discord(event).embeds[0]?.title).toBe(title);
  });

  test("one embed stamped with the event time; colours are integers", () => {
    const payload = discord(firing());
    expect(payload.embeds).toHaveLength(1);
    expect(payload.embeds[0]).toEqual({
      title: "tps_low · ait-devnet",
      description: `[FIRING WARNING] ${MSG}`,
      color: 0xd97706,
      timestamp: AT,
    });
    expect(Number.isInteger(payload.embeds[0]?.color)).toBe(true);
  });
});
