// How every tool here finds and starts Chromium, on a machine with a system browser or with
// nothing but `npm install`:
// 1. `CHROME_PATH`, when set;
// 2. a system Chromium or Chrome (Debian's /usr/bin/chromium, then others on PATH), unless
//    `POLICY_CHARTS_NO_SYSTEM_CHROMIUM=1` hides them (to prove the npm-only path);
// 3. the headless Chromium that @sparticuz/chromium ships inside the npm package (141 runs on
//    Node 20), decompressed on first use into the temp dir (os.tmpdir()/chromium).
// Without the background-networking flags Chromium keeps trying hosts it cannot reach.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** The first executable named like a system Chromium: /usr/bin first, then PATH. */
function findSystemChromium() {
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const dir of dirs) {
    for (const name of SYSTEM_NAMES) {
      const file = join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

async function findChromium() {
  if (process.env.CHROME_PATH) return { path: process.env.CHROME_PATH, source: 'CHROME_PATH' };
  if (process.env.POLICY_CHARTS_NO_SYSTEM_CHROMIUM !== '1') {
    const system = findSystemChromium();
    if (system) return { path: system, source: 'system' };
  }
  const { default: chromium } = await import('@sparticuz/chromium');
  chromium.setGraphicsMode = false;
  return { path: await chromium.executablePath(), source: '@sparticuz/chromium' };
}

const found = await findChromium();

/** The Chromium binary (see the order above). */
export const CHROMIUM_PATH = found.path;

/** Where CHROMIUM_PATH came from: `CHROME_PATH`, `system` or `@sparticuz/chromium`. */
export const CHROMIUM_SOURCE = found.source;

/** Flags for headless runs as root in a container. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
  // The npm package's chrome-headless-shell starts without a zygote process.
  ...(found.source === '@sparticuz/chromium' ? ['--no-zygote'] : []),
]);
