// Prints one closing line over every vitest JSON report given: "N passed, N failed, N skipped".
import fs from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) continue;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  // A file that fails before its tests run (an error while collecting) has no failed test: count it too.
  // (numFailedTestSuites would also count each describe block around a failed test.)
  failed += (report.numFailedTests ?? 0) + filesFailedWithoutFailedTests(report);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);

function filesFailedWithoutFailedTests(report) {
  return (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
}
