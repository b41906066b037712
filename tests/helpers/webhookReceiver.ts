import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A loopback webhook endpoint that records what it receives; `failNext` makes it answer 500. */
export async function startWebhookReceiver() {
  const received: { path: string; body: unknown }[] = [];
  let failures = 0;
  const server = createServer((request, response) => {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk.toString()));
    request.on("end", () => {
      if (failures > 0) {
        failures -= 1;
        response.writeHead(500).end();
        return;
      }
      received.push({ path: request.url ?? "/", body: JSON.parse(text) as unknown });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    failNext: (count: number) => {
      failures = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
