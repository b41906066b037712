import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ROUTES } from "../../../lib/api/openapi/routes.ts";
import { E2E_ADMIN_TOKEN, E2E_SIMULATOR_PORT } from "../../../playwright.config.ts";

// Runs after operatorAlerts.spec.ts (files run in name order, one worker): sim-e2e serves
// ait-devnet and the rule tps_e2e has a firing alert. Every ```sh example of docs/api.md that
// calls curl runs here for real, in order, in one bash session (later examples use variables
// earlier ones set), and must get the status the document shows after it.

const DOC = "docs/api.md";
const DEMO_SIMULATORS = ["127.0.0.1:8601", "127.0.0.1:8602"];
const BEGIN = "@@example-begin";
const END = "@@example-end";
const STATUS = "@@status";

interface Example {
  index: number;
  /** Line of the opening fence in docs/api.md. */
  line: number;
  heading: string;
  command: string;
  /** The status of the ```http response shown right after the example; null: any 2xx. */
  expected: number | null;
}

interface Fence {
  lang: string;
  body: string;
  line: number;
  heading: string;
}

function fences(markdown: string): Fence[] {
  const found: Fence[] = [];
  const lines = markdown.split("\n");
  let heading = "";
  for (let i = 0; i < lines.length; i++) {
    const open = /^```([\w-]*)/.exec(lines[i]!);
    if (!open) {
      if (/^#{1,6} /.test(lines[i]!)) heading = lines[i]!.replace(/^#+ /, "");
      continue;
    }
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    found.push({ lang: open[1]!, body: body.join("\n"), line: start + 1, heading });
  }
  return found;
}

function examples(markdown: string): Example[] {
  const all = fences(markdown);
  const result: Example[] = [];
  all.forEach((fence, i) => {
    if (fence.lang !== "sh" || !/\bcurl\b/.test(fence.body)) return;
    const next = all[i + 1];
    const status = next?.lang === "http" ? /^HTTP\/1\.1 (\d{3})\b/.exec(next.body) : null;
    result.push({
      index: result.length,
      line: fence.line,
      heading: fence.heading,
      command: fence.body,
      expected: status ? Number(status[1]) : null,
    });
  });
  return result;
}

const doc = () => readFileSync(DOC, "utf8");

/** The route an example calls: its method and path (variables left in, e.g. /api/v1/nodes/$NODE). */
function call(example: Example): { method: string; path: string } | null {
  const path = /"\$CP(\/[^"?\s]*)/.exec(example.command)?.[1];
  if (!path) return null;
  return { method: /\s-X\s+([A-Z]+)/.exec(example.command)?.[1] ?? "GET", path };
}

const DOCUMENTED_ROUTES = [
  ...ROUTES.map((route) => ({ method: route.method as string, path: route.path })),
  { method: "GET", path: "/metrics" },
];
const pattern = (path: string) => new RegExp(`^${path.replace(/\{\w+\}/g, "[^/]+")}$`);

test("docs/api.md has a working example for every route", () => {
  const all = examples(doc());
  const calls = all.map((example) => ({ example, call: call(example) }));
  const unknown = calls
    .filter(
      ({ call: c }) => !c || !DOCUMENTED_ROUTES.some((r) => r.method === c.method && pattern(r.path).test(c.path)),
    )
    .map(({ example }) => `${DOC}:${example.line} calls no known route:\n${example.command}`);
  expect(unknown).toEqual([]);
  const missing = DOCUMENTED_ROUTES.filter(
    (route) =>
      !calls.some(({ example, call: c }) => {
        if (!c || c.method !== route.method || !pattern(route.path).test(c.path)) return false;
        // /api/v1/nodes/test is not a {nodeId}: a literal route takes its own path.
        const literal = DOCUMENTED_ROUTES.some((r) => r.method === c.method && r.path === c.path);
        const ok = example.expected === null || (example.expected >= 200 && example.expected < 300);
        return ok && (literal ? route.path === c.path : true);
      }),
  ).map((route) => `${route.method} ${route.path}`);
  expect(missing, "routes without a 2xx example in docs/api.md").toEqual([]);
});

test("every curl example of docs/api.md runs against the server and gets its documented status", async ({
  baseURL,
  context,
  request,
}) => {
  test.setTimeout(180_000);
  const jq = spawnSync("jq", ["--version"], { encoding: "utf8" });
  expect(jq.status, "the examples need jq: apt-get install jq (scripts/test-prerequisites.sh)").toBe(0);

  const session = (await context.cookies()).find((cookie) => cookie.name === "chainpulse_session")?.value;
  expect(session, "the ui project runs signed in").toBeTruthy();
  const state = async () => {
    const get = async (path: string) => (await request.get(path)).json();
    return {
      nodes: (await get("/api/v1/nodes")).nodes.map((node: { name: string }) => node.name).sort(),
      rules: (await get("/api/v1/alert-rules")).rules.map((rule: { name: string }) => rule.name).sort(),
      channels: (await get("/api/v1/notification-channels")).channels.map((c: { name: string }) => c.name).sort(),
    };
  };
  const before = await state();

  const all = examples(doc());
  expect(all.length).toBeGreaterThan(30);
  const script = [
    "set -eo pipefail",
    // Each curl reports its status on stderr, so pipes into jq and $(…) see only the body.
    `curl() { command curl --max-time 30 "$@" --write-out '%{stderr}\\n${STATUS} %{http_code}\\n'; }`,
    ...all.map((example) => {
      const command = DEMO_SIMULATORS.reduce(
        (text, host) => text.replaceAll(host, `127.0.0.1:${E2E_SIMULATOR_PORT}`),
        example.command,
      );
      // A variable an example sets must hold something: an empty or null id fails here, not later.
      const checks = [...command.matchAll(/^\s*([A-Za-z_]\w*)=\$\(/gm)].map(
        ([, name]) => `case "\${${name}:-null}" in null) echo "${name} is empty or null" >&2; exit 3;; esac`,
      );
      const marker = (text: string) => `echo "${text} ${example.index}"; echo "${text} ${example.index}" >&2`;
      return [marker(BEGIN), command, ...checks, "echo", marker(END)].join("\n");
    }),
  ].join("\n");

  const run = spawnSync("bash", ["-s"], {
    input: script,
    encoding: "utf8",
    timeout: 150_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CP: baseURL!.replace(/\/$/, ""), TOKEN: E2E_ADMIN_TOKEN, SESSION: session! },
  });
  const section = (output: string, index: number) => {
    const start = output.indexOf(`${BEGIN} ${index}\n`);
    if (start < 0) return null;
    const end = output.indexOf(`${END} ${index}\n`, start);
    return { text: output.slice(start, end < 0 ? undefined : end), finished: end >= 0 };
  };

  for (const example of all) {
    const title = `${DOC}:${example.line} (${example.heading}) ${example.command.split("\n")[0]!.slice(0, 80)}`;
    await test.step(title, () => {
      const err = section(run.stderr, example.index);
      const out = section(run.stdout, example.index);
      const statuses = [...(err?.text ?? "").matchAll(new RegExp(`^${STATUS} (\\d{3})$`, "gm"))].map((m) =>
        Number(m[1]),
      );
      const detail = [
        `${DOC}:${example.line}, under "${example.heading}":`,
        example.command,
        `--- stdout\n${(out?.text ?? "").slice(0, 3000)}`,
        `--- stderr\n${(err?.text ?? "").slice(0, 3000)}`,
        `--- bash: exit ${run.status}${run.signal ? `, ${run.signal}` : ""}${run.error ? `, ${run.error.message}` : ""}`,
      ].join("\n");
      expect(err, `never ran: an earlier example stopped the script\n${detail}`).not.toBeNull();
      expect(err!.finished, `the example failed (set -e)\n${detail}`).toBe(true);
      expect(statuses, `one curl per example\n${detail}`).toHaveLength(1);
      if (example.expected === null) {
        expect(statuses[0]! >= 200 && statuses[0]! < 300, `expected a 2xx\n${detail}`).toBe(true);
      } else {
        expect(statuses[0], `the status docs/api.md shows\n${detail}`).toBe(example.expected);
      }
    });
  }
  expect(run.status, `bash: ${run.stderr.slice(-2000)}`).toBe(0);

  // What the examples add they remove; the chain keeps the name its rename example sets.
  expect(await state()).toEqual(before);
});
