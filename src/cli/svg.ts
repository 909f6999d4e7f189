/**
 * `policy-charts-svg`: renders a chart document (JSON) to a standalone SVG on stdout.
 *
 *     npx tsx src/cli/svg.ts data/governance.json > governance.svg
 *     npx tsx src/cli/svg.ts --width 1000 --lang en --theme dark data/pharma-budget.json -o out.svg
 *
 * Reads stdin when the file is `-`. Exit codes: 0 drawn; 1 the document has issues (listed on
 * stderr with their JSON paths); 2 usage or file errors; 3 a bug (an exception in a layout);
 * 4 the output file (`-o`) cannot be written. Warnings (text repaired on the way in) go to
 * stderr with exit 0. Everything on stderr has terminal control characters escaped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { argv, exit, stderr as processStderr, stdout } from 'node:process';
import { parseArgs } from 'node:util';
import { isTableFileName } from '../data/table/file.js';
import type { Locale } from '../data/types.js';
import { toValidXml } from '../export/xml.js';
import { toLocale } from '../format/locale.js';
import { formatIssue } from '../format/messages/index.js';
import { escapeTerminal } from '../format/terminal.js';
import { importTableFile } from './import.js';
import { renderDocumentSVG } from './render-document.js';
import { STANDALONE_THEMES, type StandaloneTheme } from './standalone.js';

/** stderr, with values from the document (or its name) unable to send escape sequences. */
const stderr = { write: (text: string) => processStderr.write(escapeTerminal(text)) };

const USAGE = `usage: policy-charts-svg [--width px] [--lang ja|en] [--theme light|dark] [--no-background] [-o out.svg] input.json|input.csv|input.tsv|input.xlsx|-`;

/** Runs the CLI with `args` (without node and the script); returns the exit code. */
export function main(args: readonly string[]): number | Promise<number> {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        width: { type: 'string' },
        lang: { type: 'string' },
        theme: { type: 'string' },
        'no-background': { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    stdout.write(`${USAGE}\n`);
    return 0;
  }
  const file = positionals[0];
  if (positionals.length !== 1 || !file) {
    stderr.write(`${USAGE}\n`);
    return 2;
  }
  const width = values.width === undefined ? 800 : Number(values.width);
  if (!Number.isFinite(width) || width < 160 || width > 10_000) {
    stderr.write(`--width must be a number of px between 160 and 10000 (got ${values.width})\n`);
    return 2;
  }
  const theme = (values.theme ?? 'light') as StandaloneTheme;
  if (!STANDALONE_THEMES.includes(theme)) {
    stderr.write(`--theme must be one of ${STANDALONE_THEMES.join(', ')} (got ${values.theme})\n`);
    return 2;
  }

  const locale = values.lang === undefined ? undefined : toLocale(values.lang);
  const draw = (input: unknown) => drawSVG(file, input, { width, locale, theme, background: !values['no-background'], output: values.output });
  if (isTableFileName(file)) {
    // A spreadsheet or CSV: read into a document first (XLSX is read asynchronously).
    return importTableFile(file).then(
      (result) => {
        if (result.ok) return draw(result.json);
        for (const issue of result.issues) stderr.write(`${formatIssue(issue, locale ?? 'ja')}\n`);
        return 1;
      },
      (error: unknown) => {
        stderr.write(`${file}: ${(error as Error).message}\n`);
        return 2;
      },
    );
  }
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    stderr.write(`${file}: ${(error as Error).message}\n`);
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = (error as Error).message;
    stderr.write(`${file}: ${locale === 'en' ? `invalid JSON: ${detail}` : `JSON として読めません: ${detail}`}\n`);
    return 1;
  }
  return draw(input);
}

/** Draws a parsed document and writes the SVG; returns the exit code. */
function drawSVG(
  file: string,
  input: unknown,
  options: { width: number; locale: Locale | undefined; theme: StandaloneTheme; background: boolean; output: string | undefined },
): number {
  const { width, locale, theme, background } = options;
  let result;
  try {
    result = renderDocumentSVG({ input, width, locale, theme, background });
  } catch (error) {
    // Bad data gives issues, never an exception: this is a bug in the library.
    stderr.write(`${file}: internal error, please report it: ${(error as Error).stack ?? error}\n`);
    return 3;
  }
  if (!result.ok) {
    for (const message of result.messages) stderr.write(`${file}: ${message}\n`);
    return 1;
  }
  const lang = locale ?? 'ja';
  for (const warning of result.warnings ?? []) stderr.write(`${file}: ${lang === 'en' ? 'warning' : '注意'}: ${formatIssue(warning, lang)}\n`);
  const svg = toValidXml(result.svg);
  if (!options.output) {
    stdout.write(svg);
    return 0;
  }
  try {
    writeFileSync(options.output, svg);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    stderr.write(`${options.output}: ${lang === 'en' ? `cannot write the output file (${detail})` : `出力ファイルに書き込めません（${detail}）`}\n`);
    return 4;
  }
  return 0;
}

// Run when executed directly (not when imported by a test).
if (argv[1] && /[\\/]svg\.(ts|js)$/.test(argv[1])) {
  void Promise.resolve(main(argv.slice(2))).then((code) => exit(code));
}
