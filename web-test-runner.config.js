// Browser tests in headless Chromium: a system one when there is one, else the one an npm package
// ships (test/chromium.js). Japanese text is set in Noto Sans JP from npm (@fontsource), under the
// family name the tests and the default font stack use, so no result depends on system fonts.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH, CHROMIUM_SOURCE } from './test/chromium.js';

console.log(`Chromium from ${CHROMIUM_SOURCE}: ${CHROMIUM_PATH}`);

const FONT_FILES = '/node_modules/@fontsource/noto-sans-jp/files';
/** 'Noto Sans CJK JP' (regular and bold) from the npm package's one-file Japanese subset (kana, kanji, Latin). */
const FONT_FACES = [400, 700]
  .map((weight) => `@font-face{font-family:'Noto Sans CJK JP';font-weight:${weight};font-style:normal;font-display:block;src:url(${FONT_FILES}/noto-sans-jp-japanese-${weight}-normal.woff2) format('woff2')}`)
  .join('');

/**
 * The PowerPoint writer's dependencies as the browser gets them from a bundler: JSZip ships
 * CommonJS and a UMD file (which sets globalThis.JSZip), and pptxgenjs names Node modules in a
 * branch it takes only in Node.
 */
const pptxShims = {
  name: 'pptx-shims',
  resolveImport({ source }) {
    if (source === 'jszip') return '/__shim/jszip.js';
    if (source === 'node:fs' || source === 'node:https') return '/__shim/empty.js';
    return undefined;
  },
  serve(context) {
    if (context.path === '/__shim/jszip.js') return { body: "import '/node_modules/jszip/dist/jszip.min.js';\nexport default globalThis.JSZip;\n", type: 'js' };
    if (context.path === '/__shim/empty.js') return { body: 'export default {};\n', type: 'js' };
    return undefined;
  },
};

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/browser/**/*.test.ts', 'test/lint/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: a background tab gets no animation frames, and charts wait for them.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  browserStartTimeout: 120_000,
  plugins: [
    pptxShims,
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
  // The fonts load before the first test, so canvas measurements see them. The default stack
  // starts with system-ui, which the page points at the same font.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="ja">
  <head><meta charset="utf-8"><style>${FONT_FACES}:root{--policy-font-family:'Noto Sans CJK JP',sans-serif}body{font-family:'Noto Sans CJK JP',sans-serif;margin:0}</style></head>
  <body><script type="module">
    await Promise.all([document.fonts.load("400 16px 'Noto Sans CJK JP'", '漢字かなABC'), document.fonts.load("700 16px 'Noto Sans CJK JP'", '漢字かなABC')]);
    if (!document.fonts.check("16px 'Noto Sans CJK JP'", '漢')) throw new Error('Noto Sans JP from npm did not load');
    await import('${testFramework}');
  </script></body>
</html>`,
};
