/**
 * Prints the suite's totals as the very last line: `N passed, N failed, N skipped`.
 * Counts every test in every browser.
 */
function countTests(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) countTests(child, totals);
}

export function summaryReporter() {
  let totals;
  return {
    start() {
      totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
    },
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        countTests(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.fileErrors++;
      }
    },
    async stop() {
      const failed = totals.failed + totals.fileErrors;
      // Written after Web Test Runner's own output so it is the closing line.
      process.on('exit', () => {
        process.stdout.write(`\n${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
