// A web-test-runner reporter that counts passed and failed tests and writes the counts to a
// file at the end, so `npm test` can print one plain "N passed, N failed" line for CI.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function countReporter(outFile) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const visit = (suite) => {
        for (const test of suite.tests) test.passed ? passed++ : test.skipped ? 0 : failed++;
        for (const child of suite.suites) visit(child);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        // A file that fails to load has no test results: count it as a failure, never as zero.
        if (!session.passed && (!session.testResults || session.errors.length > 0)) failed++;
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify({ passed, failed }));
    },
  };
}
