// Browser tests in Debian's Chromium (no browser download works on these machines).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.js';

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/browser/**/*.test.ts', 'test/lint/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: a background tab gets no animation frames, and charts wait for them.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  browserStartTimeout: 120_000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [...CHROMIUM_ARGS, '--lang=ja-JP'],
      },
    }),
  ],
  testFramework: {
    config: { timeout: 20_000 },
  },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="ja">
  <head><meta charset="utf-8"><style>body{font-family:'Noto Sans CJK JP',sans-serif;margin:0}</style></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
