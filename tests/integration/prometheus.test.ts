import { spawnSync } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET as getMetrics } from "../../app/metrics/route.ts";
import { Scheduler } from "../../lib/collector/scheduler.ts";
import { formatExposition } from "../../lib/prometheus/formatExposition.ts";
import packageJson from "../../package.json" with { type: "json" };
import { startAitbcNode, type RunningAitbcNode } from "../../scripts/simulator/aitbcNodeSimulator.ts";
import { useDatabaseForRoutes } from "../helpers/routeDatabase.ts";
import { fastChain } from "../helpers/simulators.ts";
import { BACKENDS, createTestDatabase, type TestDatabase } from "../helpers/testDatabase.ts";

// Read access is open here; tokens and sessions are tested with the API.
process.env.CHAINPULSE_PUBLIC_READ = "true";

/** `promtool check metrics` on an exposition: its exit code and everything it printed. */
function promtoolCheck(exposition: string): { status: number | null; output: string } {
  const result = spawnSync("promtool", ["check", "metrics"], { input: exposition, encoding: "utf8" });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

interface ParsedSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Sample lines of an exposition, label values unescaped (enough of the format for these tests). */
function parseSamples(text: string): ParsedSample[] {
  const unescape = (value: string) => value.replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c));
  return text
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample line: ${line}`);
      const labels: Record<string, string> = {};
      for (const [, name, value] of (match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
        labels[name!] = unescape(value!);
      }
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

test("promtool accepts escaped label values and every kind of value", () => {
  const text = formatExposition([
    {
      name: "chainpulse_test_value",
      help: 'Odd values: a "quoted" \\ backslash\nand a second line.',
      type: "gauge",
      samples: [
        { labels: { name: 'a "quoted" name' }, value: 1 },
        { labels: { name: "back\\slash" }, value: -2.5 },
        { labels: { name: "two\nlines" }, value: 1e21 },
        { labels: { name: "ünïcødé ⛓ {x=y}, #" }, value: 1.5e-7 },
        { labels: { name: "" }, value: NaN },
        { labels: { name: "inf" }, value: Infinity },
        { labels: { name: "-inf" }, value: -Infinity },
        { labels: { name: "big" }, value: 2n ** 70n },
        { labels: { name: "unknown" }, value: null },
      ],
    },
  ]);
  expect(promtoolCheck(text)).toEqual({ status: 0, output: "" });
});

describe.each(BACKENDS)("GET /metrics on %s", (backend) => {
  let db: TestDatabase;
  let sim: RunningAitbcNode;
  let response: Response;
  let body: string;
  let samples: ParsedSample[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    useDatabaseForRoutes(db);
    sim = await startAitbcNode({ nodeId: "sim", chains: [fastChain("ait-devnet")] });
    const create = (name: string, url: string) =>
      db.prisma.node.create({ data: { name, url, protocol: "aitbc", timeoutMs: 500 } });
    ids.sim = (await create("sim", sim.url)).id;
    ids.dead = (await create("dead", "http://127.0.0.1:9")).id;
    const scheduler = new Scheduler(db.prisma, { concurrency: 2 });
    for (let i = 0; i < 3; i++) {
      if (i > 0) await sleep(300);
      await scheduler.collectNow();
    }
    // Never collected: its status is unknown. A disabled node is left out altogether.
    ids.fresh = (await create('fresh "q" \\ node\nx', "http://127.0.0.1:9")).id;
    await db.prisma.node.create({ data: { name: "off", url: sim.url, protocol: "aitbc", enabled: false } });
    // A chain nothing reports on yet.
    await db.prisma.chain.create({ data: { id: "quiet", name: 'Quiet "chain"' } });
    // Firing alerts count, a pending one does not.
    const rules = Object.fromEntries(
      (await db.prisma.alertRule.findMany()).map((rule) => [rule.name, rule.id] as const),
    );
    const alert = (rule: string, state: "firing" | "pending", severity: "critical" | "warning" | "info") =>
      db.prisma.alert.create({
        data: {
          ruleId: rules[rule]!,
          chainId: "ait-devnet",
          openKey: `${rules[rule]}:ait-devnet:test`,
          state,
          severity,
          message: `${rule} (test)`,
          startedAt: new Date(),
          firedAt: state === "firing" ? new Date() : null,
          lastEvaluatedAt: new Date(),
        },
      });
    await alert("tps_low", "firing", "warning");
    await alert("block_time_high", "firing", "warning");
    await alert("chain_stalled", "firing", "critical");
    await alert("node_lagging", "pending", "info");

    response = await getMetrics(new Request("http://localhost/metrics"), { params: Promise.resolve({}) });
    body = await response.text();
    samples = parseSamples(body);
  });
  afterAll(async () => {
    await sim.close();
    await db.destroy();
  });

  /** The samples of one family, as `labels => value`. */
  const family = (name: string) => samples.filter((sample) => sample.name === name);
  const valueOf = (name: string, labels: Record<string, string>) => {
    const found = family(name).filter((sample) => Object.entries(labels).every(([k, v]) => sample.labels[k] === v));
    expect(found, `${name} ${JSON.stringify(labels)}`).toHaveLength(1);
    return found[0]!.value;
  };

  test("answers 200 in the text exposition format, which promtool accepts without lint problems", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    expect(body.endsWith("\n")).toBe(true);
    const check = promtoolCheck(body);
    expect(check.output).toBe("");
    expect(check.status).toBe(0);
  });

  test("every family has HELP and TYPE lines", () => {
    const names = [...new Set(samples.map((sample) => sample.name))];
    expect(names).toEqual(
      expect.arrayContaining([
        "chainpulse_build_info",
        "chainpulse_chain_info",
        "chainpulse_chain_health_score",
        "chainpulse_chain_tps",
        "chainpulse_chain_avg_block_time_seconds",
        "chainpulse_chain_block_height",
        "chainpulse_chain_open_alerts",
        "chainpulse_chain_nodes",
        "chainpulse_node_up",
        "chainpulse_node_scrape_duration_seconds",
        "chainpulse_node_consecutive_failures",
        "chainpulse_node_lag_blocks",
      ]),
    );
    for (const name of names) {
      expect(body).toMatch(new RegExp(`^# HELP ${name} \\S`, "m"));
      expect(body).toMatch(new RegExp(`^# TYPE ${name} gauge$`, "m"));
    }
  });

  test("build info", () => {
    expect(family("chainpulse_build_info")).toEqual([
      { name: "chainpulse_build_info", labels: { version: packageJson.version }, value: 1 },
    ]);
  });

  test("chains: the stored values, and nothing for what is unknown", async () => {
    // In the order of listChains (by name, in the database's collation).
    expect(family("chainpulse_chain_info").map((sample) => sample.labels)).toEqual(
      expect.arrayContaining([
        { chain: "ait-devnet", name: "ait-devnet", type: "aitbc" },
        { chain: "quiet", name: 'Quiet "chain"' },
      ]),
    );
    expect(family("chainpulse_chain_info")).toHaveLength(2);
    const chain = { chain: "ait-devnet" };
    const health = await db.prisma.healthScore.findFirstOrThrow({
      where: { chainId: "ait-devnet" },
      orderBy: { time: "desc" },
    });
    expect(health.score).not.toBeNull();
    expect(valueOf("chainpulse_chain_health_score", chain)).toBe(health.score);
    const latest = await db.prisma.metricSample.findFirstOrThrow({
      where: { chainId: "ait-devnet" },
      orderBy: { time: "desc" },
    });
    expect(valueOf("chainpulse_chain_tps", chain)).toBe(latest.tps);
    expect(valueOf("chainpulse_chain_avg_block_time_seconds", chain)).toBe(latest.avgBlockTime);
    const head = await db.prisma.nodeChain.findUniqueOrThrow({
      where: { nodeId_chainId: { nodeId: ids.sim!, chainId: "ait-devnet" } },
    });
    expect(valueOf("chainpulse_chain_block_height", chain)).toBe(Number(head.headHeight));
    expect(valueOf("chainpulse_chain_block_height", chain)).toBeGreaterThan(0);
    expect(valueOf("chainpulse_chain_nodes", chain)).toBe(1);

    // The quiet chain: its node count and alert counts are real zeros; the rest is unknown.
    expect(valueOf("chainpulse_chain_nodes", { chain: "quiet" })).toBe(0);
    for (const name of [
      "chainpulse_chain_health_score",
      "chainpulse_chain_tps",
      "chainpulse_chain_avg_block_time_seconds",
      "chainpulse_chain_block_height",
    ]) {
      expect(family(name).map((sample) => sample.labels.chain)).toEqual(["ait-devnet"]);
    }
  });

  test("open alerts: firing ones by severity, 0 where there are none", async () => {
    const firing = async (severity: "critical" | "warning" | "info") =>
      db.prisma.alert.count({ where: { chainId: "ait-devnet", state: "firing", severity } });
    for (const severity of ["critical", "warning", "info"] as const) {
      expect(valueOf("chainpulse_chain_open_alerts", { chain: "ait-devnet", severity })).toBe(await firing(severity));
      expect(valueOf("chainpulse_chain_open_alerts", { chain: "quiet", severity })).toBe(0);
    }
    expect(
      valueOf("chainpulse_chain_open_alerts", { chain: "ait-devnet", severity: "warning" }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      valueOf("chainpulse_chain_open_alerts", { chain: "ait-devnet", severity: "critical" }),
    ).toBeGreaterThanOrEqual(1);
    expect(family("chainpulse_chain_open_alerts")).toHaveLength(6);
  });

  test("nodes: up, down after 3 failures, and unknown until collected", () => {
    const sim = { node: "sim", node_id: ids.sim!, protocol: "aitbc" };
    const dead = { node: "dead", node_id: ids.dead!, protocol: "aitbc" };
    const fresh = { node: 'fresh "q" \\ node\nx', node_id: ids.fresh!, protocol: "aitbc" };

    expect(family("chainpulse_node_up").map((sample) => sample.labels)).toEqual([dead, sim]);
    expect(valueOf("chainpulse_node_up", sim)).toBe(1);
    expect(valueOf("chainpulse_node_up", dead)).toBe(0);

    expect(valueOf("chainpulse_node_consecutive_failures", sim)).toBe(0);
    expect(valueOf("chainpulse_node_consecutive_failures", dead)).toBe(3);
    expect(valueOf("chainpulse_node_consecutive_failures", fresh)).toBe(0);

    const durations = family("chainpulse_node_scrape_duration_seconds");
    expect(durations.map((sample) => sample.labels.node)).toEqual(["dead", "sim"]);
    for (const { value } of durations) expect(value).toBeGreaterThanOrEqual(0);
    for (const { value } of durations) expect(value).toBeLessThan(5);

    expect(family("chainpulse_node_lag_blocks")).toEqual([
      { name: "chainpulse_node_lag_blocks", labels: { ...sim, chain: "ait-devnet" }, value: 0 },
    ]);
    expect(samples.some((sample) => sample.labels.node === "off")).toBe(false);
  });

  test("the scrape duration is the last collection's, in seconds", async () => {
    for (const name of ["sim", "dead"]) {
      const node = await db.prisma.node.findUniqueOrThrow({ where: { id: ids[name]! } });
      const labels = { node: name, node_id: node.id, protocol: "aitbc" };
      expect(valueOf("chainpulse_node_scrape_duration_seconds", labels)).toBe(node.lastScrapeMs! / 1000);
    }
  });
});
