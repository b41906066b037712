import { describe, expect, test } from "vitest";
import {
  escapeHelp,
  escapeLabelValue,
  formatExposition,
  formatValue,
  type MetricFamily,
} from "../../lib/prometheus/formatExposition.ts";

const gauge = (samples: MetricFamily["samples"], name = "x_value"): MetricFamily => ({
  name,
  help: "An x.",
  type: "gauge",
  samples,
});

describe("label values and HELP text are escaped per the exposition format", () => {
  test.each([
    { raw: "plain", label: "plain", help: "plain" },
    { raw: 'say "hi"', label: 'say \\"hi\\"', help: 'say "hi"' },
    { raw: "C:\\nodes", label: "C:\\\\nodes", help: "C:\\\\nodes" },
    { raw: "two\nlines", label: "two\\nlines", help: "two\\nlines" },
    { raw: '\\"\n', label: '\\\\\\"\\n', help: '\\\\"\\n' },
    { raw: "ünïcødé ⛓ {a=b}, #", label: "ünïcødé ⛓ {a=b}, #", help: "ünïcødé ⛓ {a=b}, #" },
    { raw: "", label: "", help: "" },
  ])("$raw", ({ raw, label, help }) => {
    expect(escapeLabelValue(raw)).toBe(label);
    expect(escapeHelp(raw)).toBe(help);
    expect(formatExposition([gauge([{ labels: { v: raw }, value: 1 }])])).toContain(`x_value{v="${label}"} 1\n`);
  });
});

describe("values are written so that Prometheus parses them back", () => {
  test.each([
    { value: 0, text: "0" },
    { value: -0, text: "0" },
    { value: 42, text: "42" },
    { value: -3.25, text: "-3.25" },
    { value: 0.1 + 0.2, text: "0.30000000000000004" },
    { value: 1e21, text: "1e+21" },
    { value: 1.5e-7, text: "1.5e-7" },
    { value: Number.MAX_SAFE_INTEGER, text: "9007199254740991" },
    { value: 2n ** 64n, text: "18446744073709551616" },
    { value: NaN, text: "NaN" },
    { value: Infinity, text: "+Inf" },
    { value: -Infinity, text: "-Inf" },
  ])("$text", ({ value, text }) => {
    expect(formatValue(value)).toBe(text);
    const parsed = { "+Inf": Infinity, "-Inf": -Infinity }[text] ?? Number(text);
    if (typeof value === "number" && !Number.isNaN(value)) expect(parsed === value).toBe(true); // -0 === 0
  });
});

describe("unknown is left out, never written as 0", () => {
  test.each([
    {
      name: "null and undefined values drop the sample; 0 stays",
      samples: [
        { labels: { n: "a" }, value: null },
        { labels: { n: "b" }, value: 0 },
        { labels: { n: "c" }, value: undefined },
      ],
      lines: ['x_value{n="b"} 0'],
    },
    {
      name: "null and undefined labels are left out of the sample",
      samples: [{ labels: { a: "1", b: null, c: undefined, d: "4" }, value: 7 }],
      lines: ['x_value{a="1",d="4"} 7'],
    },
    {
      name: "a sample without labels has no braces",
      samples: [{ value: 1 }],
      lines: ["x_value 1"],
    },
    {
      name: "a family whose samples are all unknown keeps only its HELP and TYPE",
      samples: [{ labels: { n: "a" }, value: null }],
      lines: [],
    },
  ])("$name", ({ samples, lines }) => {
    expect(formatExposition([gauge(samples)])).toBe(
      ["# HELP x_value An x.", "# TYPE x_value gauge", ...lines].join("\n") + "\n",
    );
  });
});

describe("ordering", () => {
  test.each([
    {
      name: "families, samples and labels keep the order given",
      families: [
        gauge(
          [
            { labels: { z: "1", a: "2" }, value: 2 },
            { labels: { z: "0", a: "9" }, value: 1 },
          ],
          "b_second",
        ),
        { ...gauge([{ value: 5 }], "a_first"), type: "counter" as const, help: "Total \\ things\nseen." },
      ],
      text: [
        "# HELP b_second An x.",
        "# TYPE b_second gauge",
        'b_second{z="1",a="2"} 2',
        'b_second{z="0",a="9"} 1',
        "# HELP a_first Total \\\\ things\\nseen.",
        "# TYPE a_first counter",
        "a_first 5",
        "",
      ].join("\n"),
    },
    { name: "no families is an empty exposition", families: [], text: "" },
  ])("$name", ({ families, text }) => {
    expect(formatExposition(families)).toBe(text);
  });
});

describe("programming errors throw instead of writing an exposition Prometheus rejects", () => {
  test.each([
    { name: "an invalid metric name", families: [gauge([], "chain-health")], error: /invalid metric name/ },
    { name: "a metric name starting with a digit", families: [gauge([], "1x")], error: /invalid metric name/ },
    {
      name: "an invalid label name",
      families: [gauge([{ labels: { "node-id": "a" }, value: 1 }])],
      error: /invalid label name/,
    },
    {
      name: "a reserved label name",
      families: [gauge([{ labels: { __name__: "a" }, value: 1 }])],
      error: /invalid label name/,
    },
    { name: "a family given twice", families: [gauge([]), gauge([])], error: /given twice/ },
    {
      name: "a series given twice (labels in another order)",
      families: [
        gauge([
          { labels: { a: "1", b: "2" }, value: 1 },
          { labels: { b: "2", a: "1" }, value: 2 },
        ]),
      ],
      error: /series \{a="1",b="2"\} is given twice/,
    },
  ])("$name", ({ families, error }) => {
    expect(() => formatExposition(families)).toThrow(error);
  });

  test("a label left out because it is unknown makes two samples the same series", () => {
    const families = [
      gauge([
        { labels: { a: "1", b: null }, value: 1 },
        { labels: { a: "1" }, value: 2 },
      ]),
    ];
    expect(() => formatExposition(families)).toThrow(/series \{a="1"\} is given twice/);
  });
});
