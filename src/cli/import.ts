/**
 * `import`: a spreadsheet or CSV (budget, organisation or effect table) to a chart document.
 *
 *     npm run import -- data/tables/pharma-budget.csv -o budget.json
 *     npm run import -- 予算.xlsx --sheet 予算 --title 医薬品産業強化総合戦略 -o budget.json
 *     npm run import -- bodies.csv --links links.csv --type organization -o org.json
 *
 * Exit codes: 0 written; 1 the table has issues (listed on stderr, each naming its cell);
 * 2 usage or file errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { argv, exit, stderr, stdout } from 'node:process';
import { readTableFile, type ReadTableFileOptions } from '../data/table/file.js';
import { CHART_TYPES, type ChartDocument, type ChartType, type Locale } from '../data/types.js';
import type { TableResult } from '../data/table/budget-table.js';
import { formatIssue } from '../format/messages/index.js';
import { isUsageError, localeOption, oneOf, parseCommand, usageMessage } from './options.js';

const USAGE =
  'usage: import input.csv|input.tsv|input.xlsx [--sheet name] [--links links.csv] [--type budget|organization|effect] [--title text] [--lang ja|en] [-o out.json]';

/** The import command's own options (the shared ones are in ./options.ts). */
const IMPORT_OPTIONS = {
  sheet: { type: 'string' },
  links: { type: 'string' },
  type: { type: 'string' },
  title: { type: 'string' },
} as const;

/** Where the command writes; tests pass their own. */
export interface ImportIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Reads a table file with the command's options (also used by the render command). */
export async function importTableFile(path: string, options: Omit<ReadTableFileOptions, 'file'> = {}): Promise<TableResult<ChartDocument>> {
  return readTableFile(new Uint8Array(readFileSync(path)), { ...options, file: basename(path) });
}

/** Runs `import` with `args` (without node and the script); resolves to the exit code. */
export async function runImport(args: readonly string[], io: ImportIO = { out: (t) => stdout.write(t), err: (t) => stderr.write(t) }): Promise<number> {
  let parsed;
  let type: ChartType | undefined;
  let locale: Locale;
  try {
    parsed = parseCommand(args, IMPORT_OPTIONS, { min: 1, max: 1 });
    type = oneOf(parsed.values.type, CHART_TYPES, 'type');
    locale = localeOption(parsed.values.lang) ?? 'ja';
  } catch (error) {
    if (!isUsageError(error)) throw error;
    io.err(usageMessage(error, USAGE));
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const file = positionals[0]!;
  const options: Omit<ReadTableFileOptions, 'file'> = {};
  if (values.sheet !== undefined) options.sheet = values.sheet;
  if (type !== undefined) options.type = type;
  if (values.title !== undefined) options.title = values.title;
  let result: TableResult<ChartDocument>;
  try {
    if (values.links !== undefined) options.links = { bytes: new Uint8Array(readFileSync(values.links)), file: basename(values.links) };
    result = await importTableFile(file, options);
  } catch (error) {
    io.err(`${(error as Error).message}\n`);
    return 2;
  }
  if (!result.ok) {
    for (const issue of result.issues) io.err(`${formatIssue(issue, locale)}\n`);
    return 1;
  }
  const text = `${JSON.stringify(result.json, null, 2)}\n`;
  if (values.output) writeFileSync(values.output, text);
  else io.out(text);
  return 0;
}

// Run when executed directly (not when imported by a test).
if (argv[1] && /[\\/]import\.(ts|js)$/.test(argv[1])) {
  exit(await runImport(argv.slice(2)));
}
