// `npm test`: every check and suite in order, then one line "N passed, N failed" over all of them.
// Checks (lint, format, types, build) count as one test each; suites count their own tests.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

interface Step {
  name: string;
  command: string[];
  /** Reads a JSON report into counts; without one, the step counts as one check. */
  report?: { path: string; read: (json: unknown) => { passed: number; failed: number } };
  env?: Record<string, string>;
  needs?: string;
}

const vitestCounts = (json: unknown) => {
  const r = json as { numPassedTests: number; numFailedTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests };
};
const playwrightCounts = (json: unknown) => {
  const s = (json as { stats: { expected: number; unexpected: number; flaky: number } }).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected };
};
const vitest = (project: string): Step => ({
  name: project,
  command: [
    "npx",
    "vitest",
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=test-results/${project}.json`,
  ],
  report: { path: `test-results/${project}.json`, read: vitestCounts },
});

const steps: Step[] = [
  { name: "lint", command: ["npx", "eslint", "--max-warnings", "0", "."] },
  { name: "format", command: ["npx", "prettier", "--check", "."] },
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  vitest("unit"),
  vitest("integration"),
  { name: "build", command: ["npx", "next", "build"] },
  {
    name: "e2e",
    needs: "build",
    command: ["npx", "playwright", "test", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: "test-results/e2e.json" },
    report: { path: "test-results/e2e.json", read: playwrightCounts },
  },
];

mkdirSync("test-results", { recursive: true });
const totals = { passed: 0, failed: 0 };
const failedSteps = new Set<string>();
const summary: string[] = [];

for (const step of steps) {
  if (step.needs && failedSteps.has(step.needs)) {
    totals.failed += 1;
    failedSteps.add(step.name);
    summary.push(`${step.name}: not run (${step.needs} failed)`);
    continue;
  }
  if (step.report) rmSync(step.report.path, { force: true });
  console.log(`\n=== ${step.name}: ${step.command.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(step.command[0]!, step.command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...step.env },
  });
  const ok = result.status === 0;
  let counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  if (step.report && existsSync(step.report.path)) {
    counts = step.report.read(JSON.parse(readFileSync(step.report.path, "utf8")));
    // A runner that failed without failing a test (a crash, a setup error) still fails the run.
    if (!ok && counts.failed === 0) counts.failed = 1;
  }
  if (!ok) failedSteps.add(step.name);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  summary.push(
    `${step.name}: ${counts.passed} passed, ${counts.failed} failed (${Math.round((Date.now() - started) / 1000)} s)`,
  );
}

console.log(`\n=== summary\n${summary.join("\n")}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps.size > 0 ? 1 : 0);
