// The size budget: the one-script-tag bundle, gzipped, must stay under the budget in
// package.json ("sizeBudget", in kB). Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
let failed = false;
for (const [file, limitKb] of Object.entries(pkg.sizeBudget)) {
  const bytes = readFileSync(new URL(`../${file}`, import.meta.url));
  const gz = gzipSync(bytes, { level: 9 }).length / 1024;
  const ok = gz <= limitKb;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file}: ${gz.toFixed(1)} kB gzipped (budget ${limitKb} kB; ${(bytes.length / 1024).toFixed(1)} kB raw)`);
}
process.exit(failed ? 1 : 0);
