// Reads the log of `npm test` and prints one line "N passed, N failed" for CI.
// Usage: node scripts/count-tests.mjs LOG TEST_EXIT_CODE EXTRA_PASSED EXTRA_FAILED
import { readFileSync } from 'node:fs';

const [log, rc = '1', extraPass = '0', extraFail = '0'] = process.argv.slice(2);
// eslint-disable-next-line no-control-regex
const text = readFileSync(log, 'utf8').replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

let passed = Number(extraPass);
let failed = Number(extraFail);

// node --test: "# pass N" / "# fail N" (last occurrence is the summary)
const nodePass = [...text.matchAll(/^# pass (\d+)$/gm)].at(-1);
const nodeFail = [...text.matchAll(/^# fail (\d+)$/gm)].at(-1);
if (nodePass) passed += Number(nodePass[1]);
if (nodeFail) failed += Number(nodeFail[1]);
// A failed before() hook cancels its tests without counting them as failed.
const nodeCancelled = [...text.matchAll(/^# cancelled (\d+)$/gm)].at(-1);
if (nodeCancelled) failed += Number(nodeCancelled[1]);

// web-test-runner: "... | N passed, N failed" on its progress line (last occurrence)
const wtr = [...text.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
if (wtr) {
  passed += Number(wtr[1]);
  failed += Number(wtr[2]);
}

// A non-zero exit of `npm test` (type errors, lint) with no failed test still fails the run.
if (rc !== '0' && failed === 0) failed = 1;
if (!nodePass || !wtr) {
  console.log(`(test summary incomplete: node ${nodePass ? 'found' : 'missing'}, browser ${wtr ? 'found' : 'missing'})`);
  if (failed === 0) failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
