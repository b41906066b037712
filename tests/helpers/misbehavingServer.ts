import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// One loopback server, many broken nodes: the first path segment picks the fault,
// so each broken node is `${url}/<fault>/` (the aitbc adapter resolves paths under it).
export const FAULTS = ["hang", "slow", "http500", "html", "wrong-types", "absurd", "huge"] as const;
export type Fault = (typeof FAULTS)[number];

export async function startMisbehavingServer(slowMs: number) {
  const pending = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const [, fault, ...rest] = new URL(request.url ?? "/", "http://x").pathname.split("/");
    const path = `/${rest.join("/")}`;
    const chainId = new URL(request.url ?? "/", "http://x").searchParams.get("chain_id");
    const json = (body: unknown) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(typeof body === "string" ? body : JSON.stringify(body));
    };
    switch (fault as Fault) {
      case "hang":
        pending.add(response); // never answered until the server closes
        return;
      case "slow":
        setTimeout(() => json({ status: "ok", supported_chains: ["slow-chain"] }), slowMs).unref();
        return;
      case "http500":
        response.writeHead(500).end("internal error");
        return;
      case "html":
        response.writeHead(200, { "content-type": "text/html" }).end("<html><body>It works!</body></html>");
        return;
      case "wrong-types":
        return json({ status: "ok", supported_chains: "ait-devnet" });
      case "absurd":
        if (path === "/health")
          return json({ status: "ok", supported_chains: ["negative", "nan", "huge-number", "text"] });
        if (path === "/rpc/head") {
          // JSON has no NaN: a node that prints one sends invalid JSON for that answer.
          const heads: Record<string, string> = {
            negative: '{"height": -5, "timestamp": 1700000000, "tx_count": 3}',
            nan: '{"height": NaN, "timestamp": 1700000000, "tx_count": 3}',
            "huge-number": '{"height": 1e308, "timestamp": 1e308, "tx_count": -1}',
            text: JSON.stringify({ height: "x".repeat(1_000_000), timestamp: "yesterday", tx_count: "many" }),
          };
          return json(heads[chainId ?? ""] ?? "{}");
        }
        response.writeHead(404).end();
        return;
      case "huge":
        return json({ status: "ok", supported_chains: ["x".repeat(10 * 1024 * 1024)] });
      default:
        response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    urlFor: (fault: Fault) => `${url}/${fault}/`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of pending) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
