/**
 * `npm run svg`: `policy-charts render --fonts none` (live text), kept for the scripts and docs
 * that call it. Same options, parser and exit codes as `render` (src/cli/policy-charts.ts):
 *
 *     npx tsx src/cli/svg.ts data/governance.json > governance.svg
 *     npx tsx src/cli/svg.ts --width 1000 --lang en --theme dark data/pharma-budget.json -o out.svg
 *
 * Reads stdin when the file is `-`; writes stdout without `-o`. A later `--fonts` wins.
 */
import { argv } from 'node:process';
import { main as render } from './policy-charts.js';

/** Runs `render --fonts none` with `args` (without node and the script); resolves to the exit code. */
export function main(args: readonly string[]): Promise<number> {
  return render(['render', '--fonts', 'none', ...args]);
}

// Run when executed directly (not when imported by a test).
if (argv[1] && /[\\/]svg\.(ts|js)$/.test(argv[1])) {
  void main(argv.slice(2)).then((code) => (process.exitCode = code));
}
