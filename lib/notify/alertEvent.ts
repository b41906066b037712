// The event stored with a delivery; each channel kind formats it at send time.
export interface AlertEvent {
  event: "firing" | "resolved" | "test";
  alert: {
    id: string;
    rule: string;
    severity: "info" | "warning" | "critical";
    state: "pending" | "firing" | "resolved";
    chainId: string;
    nodeId: string | null;
    message: string;
    value: number | null;
    threshold: number | null;
    startedAt: string;
    firedAt: string | null;
    resolvedAt: string | null;
  } | null;
  at: string;
}

const COLOURS = { critical: 0xdc2626, warning: 0xd97706, info: 0x2563eb, resolved: 0x059669 };

function headline(event: AlertEvent): string {
  if (event.event === "test" || !event.alert) return "ChainPulse test notification: this channel works.";
  const tag = event.event === "resolved" ? "RESOLVED" : `FIRING ${event.alert.severity.toUpperCase()}`;
  return `[${tag}] ${event.alert.message}`;
}

/** The body a channel of this kind expects: generic JSON, Slack-compatible or Discord-compatible. */
export function formatPayload(kind: "generic" | "slack" | "discord", event: AlertEvent): unknown {
  const text = headline(event);
  if (kind === "generic") return { source: "chainpulse", ...event, text };
  if (kind === "slack") return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
  const colour = event.event === "resolved" ? COLOURS.resolved : COLOURS[event.alert?.severity ?? "info"];
  return {
    content: text,
    embeds: [
      {
        title: event.alert ? `${event.alert.rule} · ${event.alert.chainId}` : "ChainPulse",
        description: text,
        color: colour,
        timestamp: event.at,
      },
    ],
  };
}
