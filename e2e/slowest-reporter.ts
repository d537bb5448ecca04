import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

/**
 * Prints the ten slowest tests after a run, so a test that starts to cost minutes shows in every
 * run's output (npm test's budget is 8 minutes on a 2-core machine) rather than in a later audit.
 */
export default class SlowestReporter implements Reporter {
  private readonly times: { title: string; ms: number }[] = [];

  onTestEnd(test: TestCase, result: TestResult) {
    const project = test.parent.project()?.name ?? "";
    this.times.push({ title: `[${project}] ${test.titlePath().slice(2).join(" › ")}`, ms: result.duration });
  }

  onEnd(result: FullResult) {
    if (this.times.length === 0) return;
    const slowest = [...this.times].sort((a, b) => b.ms - a.ms).slice(0, 10);
    const total = this.times.reduce((sum, t) => sum + t.ms, 0);
    console.log(`\nThe ten slowest of ${this.times.length} test runs (${(total / 1000).toFixed(0)} s of test time, ${(result.duration / 1000).toFixed(0)} s of wall time):`);
    for (const t of slowest) console.log(`  ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.title}`);
  }
}
