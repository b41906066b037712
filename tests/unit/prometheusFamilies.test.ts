import { describe, expect, test } from "vitest";
import {
  buildMetricFamilies,
  nodeUpValue,
  type ChainExposition,
  type NodeExposition,
} from "../../lib/prometheus/buildMetricFamilies.ts";
import { formatExposition } from "../../lib/prometheus/formatExposition.ts";

const chain = (overrides: Partial<ChainExposition> = {}): ChainExposition => ({
  id: "ait-devnet",
  name: "AIT devnet",
  type: "aitbc",
  healthScore: 87.5,
  tps: 12.5,
  avgBlockTimeSeconds: 0.5,
  headHeight: 1234,
  nodeCount: 2,
  openAlerts: { critical: 1, warning: 0, info: 0 },
  ...overrides,
});

const node = (overrides: Partial<NodeExposition> = {}): NodeExposition => ({
  id: "00000000-0000-4000-8000-000000000001",
  name: "sim",
  protocol: "aitbc",
  enabled: true,
  status: "up",
  lastScrapeSeconds: 0.012,
  consecutiveFailures: 0,
  chains: [{ chainId: "ait-devnet", lagBlocks: 0 }],
  ...overrides,
});

/** The sample lines of one family. */
function lines(text: string, family: string): string[] {
  return text.split("\n").filter((line) => line.startsWith(`${family}{`) || line.startsWith(`${family} `));
}

const render = (chains: ChainExposition[], nodes: NodeExposition[]) =>
  formatExposition(buildMetricFamilies({ chains, nodes }, { version: "1.2.3" }));

describe("node_up", () => {
  test.each([
    { status: "up", value: 1 },
    { status: "degraded", value: 1 },
    { status: "down", value: 0 },
    { status: "unknown", value: null },
  ] as const)("$status is $value", ({ status, value }) => {
    expect(nodeUpValue(status)).toBe(value);
  });
});

describe("the families of /metrics", () => {
  test("every family has HELP and TYPE gauge, in a fixed order", () => {
    const names = buildMetricFamilies({ chains: [], nodes: [] }, { version: "1.2.3" }).map((family) => family.name);
    expect(names).toEqual([
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
    ]);
    const text = render([], []);
    for (const name of names) {
      expect(text).toContain(`# HELP ${name} `);
      expect(text).toContain(`# TYPE ${name} gauge\n`);
    }
    expect(lines(text, "chainpulse_build_info")).toEqual(['chainpulse_build_info{version="1.2.3"} 1']);
  });

  test("a chain with everything known", () => {
    const text = render([chain()], []);
    expect(lines(text, "chainpulse_chain_info")).toEqual([
      'chainpulse_chain_info{chain="ait-devnet",name="AIT devnet",type="aitbc"} 1',
    ]);
    expect(lines(text, "chainpulse_chain_health_score")).toEqual([
      'chainpulse_chain_health_score{chain="ait-devnet"} 87.5',
    ]);
    expect(lines(text, "chainpulse_chain_tps")).toEqual(['chainpulse_chain_tps{chain="ait-devnet"} 12.5']);
    expect(lines(text, "chainpulse_chain_avg_block_time_seconds")).toEqual([
      'chainpulse_chain_avg_block_time_seconds{chain="ait-devnet"} 0.5',
    ]);
    expect(lines(text, "chainpulse_chain_block_height")).toEqual([
      'chainpulse_chain_block_height{chain="ait-devnet"} 1234',
    ]);
    expect(lines(text, "chainpulse_chain_open_alerts")).toEqual([
      'chainpulse_chain_open_alerts{chain="ait-devnet",severity="critical"} 1',
      'chainpulse_chain_open_alerts{chain="ait-devnet",severity="warning"} 0',
      'chainpulse_chain_open_alerts{chain="ait-devnet",severity="info"} 0',
    ]);
    expect(lines(text, "chainpulse_chain_nodes")).toEqual(['chainpulse_chain_nodes{chain="ait-devnet"} 2']);
  });

  test.each([
    { name: "health score", field: { healthScore: null }, family: "chainpulse_chain_health_score" },
    { name: "TPS", field: { tps: null }, family: "chainpulse_chain_tps" },
    { name: "block time", field: { avgBlockTimeSeconds: null }, family: "chainpulse_chain_avg_block_time_seconds" },
    { name: "head", field: { headHeight: null }, family: "chainpulse_chain_block_height" },
  ])("an unknown $name is left out, not 0", ({ field, family }) => {
    const text = render([chain(field)], []);
    expect(lines(text, family)).toEqual([]);
    expect(text).toContain(`# TYPE ${family} gauge`);
    expect(lines(text, "chainpulse_chain_nodes")).toHaveLength(1);
  });

  test("a known 0 is written as 0", () => {
    const text = render([chain({ healthScore: 0, tps: 0 })], []);
    expect(lines(text, "chainpulse_chain_health_score")).toEqual([
      'chainpulse_chain_health_score{chain="ait-devnet"} 0',
    ]);
    expect(lines(text, "chainpulse_chain_tps")).toEqual(['chainpulse_chain_tps{chain="ait-devnet"} 0']);
  });

  test("a chain of unknown type has no type label", () => {
    expect(lines(render([chain({ type: null })], []), "chainpulse_chain_info")).toEqual([
      'chainpulse_chain_info{chain="ait-devnet",name="AIT devnet"} 1',
    ]);
  });

  test("names with quotes, backslashes and newlines are escaped", () => {
    const text = render([chain({ name: 'a "b"\\c\nd' })], [node({ name: 'n"1\\\n' })]);
    expect(lines(text, "chainpulse_chain_info")).toEqual([
      'chainpulse_chain_info{chain="ait-devnet",name="a \\"b\\"\\\\c\\nd",type="aitbc"} 1',
    ]);
    expect(lines(text, "chainpulse_node_up")).toEqual([
      'chainpulse_node_up{node="n\\"1\\\\\\n",node_id="00000000-0000-4000-8000-000000000001",protocol="aitbc"} 1',
    ]);
  });

  test("nodes: known values written, unknown ones left out", () => {
    const up = node();
    const down = node({
      id: "00000000-0000-4000-8000-000000000002",
      name: "gone",
      status: "down",
      lastScrapeSeconds: 0.5,
      consecutiveFailures: 3,
      chains: [],
    });
    const fresh = node({
      id: "00000000-0000-4000-8000-000000000003",
      name: "fresh",
      protocol: "evm",
      status: "unknown",
      lastScrapeSeconds: null,
      chains: [{ chainId: "1", lagBlocks: null }],
    });
    const disabled = node({ id: "00000000-0000-4000-8000-000000000004", name: "off", enabled: false });
    const text = render([chain()], [up, down, fresh, disabled]);
    const id = (n: number) => `node_id="00000000-0000-4000-8000-00000000000${n}"`;
    expect(lines(text, "chainpulse_node_up")).toEqual([
      `chainpulse_node_up{node="sim",${id(1)},protocol="aitbc"} 1`,
      `chainpulse_node_up{node="gone",${id(2)},protocol="aitbc"} 0`,
    ]);
    expect(lines(text, "chainpulse_node_scrape_duration_seconds")).toEqual([
      `chainpulse_node_scrape_duration_seconds{node="sim",${id(1)},protocol="aitbc"} 0.012`,
      `chainpulse_node_scrape_duration_seconds{node="gone",${id(2)},protocol="aitbc"} 0.5`,
    ]);
    expect(lines(text, "chainpulse_node_consecutive_failures")).toEqual([
      `chainpulse_node_consecutive_failures{node="sim",${id(1)},protocol="aitbc"} 0`,
      `chainpulse_node_consecutive_failures{node="gone",${id(2)},protocol="aitbc"} 3`,
      `chainpulse_node_consecutive_failures{node="fresh",${id(3)},protocol="evm"} 0`,
    ]);
    expect(lines(text, "chainpulse_node_lag_blocks")).toEqual([
      `chainpulse_node_lag_blocks{node="sim",${id(1)},protocol="aitbc",chain="ait-devnet"} 0`,
    ]);
    expect(text).not.toContain('node="off"');
  });
});
