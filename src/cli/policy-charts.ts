/**
 * `policy-charts render`: a chart document (JSON) to SVG, PNG or editable PowerPoint.
 *
 *     npx policy-charts render data/governance.json -o governance.pptx
 *     npx policy-charts render data/pharma-budget.json -o budget.png --slide 16:9 --scale 2
 *     npx policy-charts render data/ -o out/ --format svg        (every *.json of a folder)
 *
 * The output format is the output file's extension (or `--format` for a folder). Exit codes:
 * 0 written; 1 a document has issues (listed on stderr, localised, with their JSON paths); 2
 * usage or file errors; 3 a bug. Nothing is half-written: every file is drawn in memory first,
 * then written under a temporary name and renamed; when any input of a batch has issues, no
 * file is written. Chart knowledge stays in the renderers: this file only reads, dispatches on
 * the output format and writes.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isTableFileName } from '../data/table/file.js';
import type { Locale } from '../data/types.js';
import { toLocale } from '../format/locale.js';
import { formatIssue } from '../format/messages/index.js';
import { escapeTerminal } from '../format/terminal.js';
import { applyFontMode, DEFAULT_FONT_MODE, FONT_MODES, type FontMode } from '../export/fonts.js';
import { MAX_PNG_SCALE, renderPNG } from '../export/png-node.js';
import { renderPPTX, SLIDE_SIZES, type SlideSize } from '../export/pptx.js';
import { importTableFile, runImport } from './import.js';
import { renderDocumentSVG } from './render-document.js';
import { STANDALONE_THEMES, type StandaloneTheme } from './standalone.js';

/** Output formats, by file extension. */
export const OUTPUT_FORMATS = ['svg', 'png', 'pptx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const USAGE = `usage: policy-charts render <input.json|input.csv|input.xlsx|folder> -o <out.svg|out.png|out.pptx|folder>
  [--format svg|png|pptx]   output format for a folder (default: the -o extension)
  [--width px] [--height px] page size of an SVG or PNG (the drawing is fitted inside)
  [--slide 16:9|4:3]        slide page: 1280x720 or 1024x768 px for SVG/PNG; the PPTX slide size
  [--lang ja|en] [--theme light|dark]
  [--scale n]               PNG pixels per px (default 2)
  [--fonts outline|embed|none]  SVG text: paths (default), an embedded subset, or live text
       policy-charts import <input.csv|input.tsv|input.xlsx> [--sheet name] [--links links.csv]
  [--type budget|organization|effect] [--title text] [--lang ja|en] [-o out.json]`;

/** Slide pages for SVG and PNG, in px (the PPTX slides are 13.333 x 7.5 in and 10 x 7.5 in). */
const SLIDE_PX: Readonly<Record<SlideSize, { width: number; height: number }>> = {
  '16:9': { width: 1280, height: 720 },
  '4:3': { width: 1024, height: 768 },
};

interface Settings {
  format?: OutputFormat;
  width?: number;
  height?: number;
  slide?: SlideSize;
  locale?: Locale;
  theme: StandaloneTheme;
  scale: number;
  fonts: FontMode;
}

/** What a run writes to stdout and stderr (injectable for tests). */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

class UsageError extends Error {}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got ${value})`);
  return value as T;
}

function number(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name} must be a number between ${min} and ${max} (got ${value})`);
  return n;
}

/**
 * Fits a standalone SVG into a `width` x `height` page: scaled down (never up) to fit, centred,
 * on the page's background; the original file is kept whole as a nested `<svg>`.
 */
export function fitSVGPage(svg: string, page: { width: number; height?: number }): string {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const w = Number(/\bwidth="([\d.]+)"/.exec(open)?.[1]);
  const h = Number(/\bheight="([\d.]+)"/.exec(open)?.[1]);
  if (!(w > 0 && h > 0) || page.height === undefined) return svg;
  const k = Math.min(1, page.width / w, page.height / h);
  const x = (page.width - w * k) / 2;
  const title = /<title>[\s\S]*?<\/title>/.exec(svg)?.[0] ?? '';
  const background = /<rect width="[\d.]+" height="[\d.]+" fill="([^"]+)"><\/rect>/.exec(svg)?.[1];
  const placed = open.replace(/\s(width|height)="[^"]*"/g, '').replace(/<svg\b/, `<svg x="${x.toFixed(2)}" y="0" width="${(w * k).toFixed(2)}" height="${(h * k).toFixed(2)}"`);
  const inner = svg.replace(/^<\?xml[^>]*>\s*/, '').replace(open, placed);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${page.width}" height="${page.height}" viewBox="0 0 ${page.width} ${page.height}">` +
    title +
    (background ? `<rect width="100%" height="100%" fill="${background}"/>` : '') +
    inner +
    '</svg>'
  );
}

type Rendered = { ok: true; bytes: Uint8Array | string } | { ok: false; messages: string[] };

async function renderOne(input: unknown, format: OutputFormat, s: Settings): Promise<Rendered> {
  if (format === 'pptx') {
    const result = await renderPPTX({ input, locale: s.locale, slide: s.slide ?? '16:9' });
    return result.ok ? { ok: true, bytes: result.pptx } : result;
  }
  const page = s.slide ? SLIDE_PX[s.slide] : { width: s.width ?? 800, height: s.height };
  const result = renderDocumentSVG({ input, width: s.width ?? page.width, locale: s.locale, theme: s.theme });
  if (!result.ok) return result;
  const svg = fitSVGPage(result.svg, { width: page.width, height: s.height ?? page.height });
  if (format === 'png') return { ok: true, bytes: renderPNG({ svg, scale: s.scale }) };
  return { ok: true, bytes: await applyFontMode({ svg, mode: s.fonts }) };
}

function formatOf(path: string): OutputFormat | undefined {
  const ext = extname(path).slice(1).toLowerCase();
  return (OUTPUT_FORMATS as readonly string[]).includes(ext) ? (ext as OutputFormat) : undefined;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Writes under a temporary name in the same folder, then renames: readers never see half a file. */
function writeAtomic(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Reads a JSON document, or a CSV/TSV/XLSX table (read into its document as `import` does). */
async function readInput(file: string, locale: Locale | undefined): Promise<{ ok: true; input: unknown } | { ok: false; messages: string[] }> {
  if (isTableFileName(file)) {
    const result = await importTableFile(file);
    return result.ok ? { ok: true, input: result.json } : { ok: false, messages: result.issues.map((issue) => formatIssue(issue, locale ?? 'ja')) };
  }
  const text = readFileSync(file, 'utf8');
  try {
    return { ok: true, input: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, messages: [locale === 'en' ? `invalid JSON: ${detail}` : `JSON として読めません: ${detail}`] };
  }
}

/** Runs the CLI with `args` (without node and the script); resolves to the exit code. */
export async function main(args: readonly string[], io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(escapeTerminal(t)) }): Promise<number> {
  if (args[0] === 'import') return runImport(args.slice(1), io);
  let settings: Settings;
  let input: string;
  let output: string;
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        format: { type: 'string' },
        width: { type: 'string' },
        height: { type: 'string' },
        slide: { type: 'string' },
        lang: { type: 'string' },
        theme: { type: 'string' },
        scale: { type: 'string' },
        fonts: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (positionals[0] !== 'render' || positionals.length !== 2 || !values.output) throw new UsageError('');
    input = positionals[1]!;
    output = values.output;
    settings = {
      format: oneOf(values.format, OUTPUT_FORMATS, 'format'),
      width: number(values.width, 'width', 160, 10_000),
      height: number(values.height, 'height', 120, 10_000),
      slide: oneOf(values.slide, SLIDE_SIZES, 'slide'),
      locale: values.lang === undefined ? undefined : toLocale(values.lang),
      theme: oneOf(values.theme, STANDALONE_THEMES, 'theme') ?? 'light',
      scale: number(values.scale, 'scale', 0.1, MAX_PNG_SCALE) ?? 2,
      fonts: oneOf(values.fonts, FONT_MODES, 'fonts') ?? DEFAULT_FONT_MODE,
    };
  } catch (error) {
    const message = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? (error as Error).message : String(error);
    io.err(`${message ? `${message}\n` : ''}${USAGE}\n`);
    return 2;
  }

  // Jobs: one input file to one output file.
  const jobs: Array<{ from: string; to: string; format: OutputFormat }> = [];
  if (isDirectory(input)) {
    const format = settings.format ?? formatOf(output);
    if (!format) {
      io.err(`a folder of inputs needs --format ${OUTPUT_FORMATS.join('|')}\n`);
      return 2;
    }
    const outDir = formatOf(output) ? dirname(output) : output;
    for (const name of readdirSync(input).filter((n) => n.toLowerCase().endsWith('.json') || isTableFileName(n)).sort()) {
      jobs.push({ from: join(input, name), to: join(outDir, `${basename(name, extname(name))}.${format}`), format });
    }
    if (jobs.length === 0) {
      io.err(`${input}: no .json, .csv, .tsv or .xlsx files\n`);
      return 2;
    }
  } else {
    const format = isDirectory(output) ? settings.format : (formatOf(output) ?? settings.format);
    if (!format) {
      io.err(`${output}: the output must end in .svg, .png or .pptx (or give --format)\n`);
      return 2;
    }
    const to = isDirectory(output) ? join(output, `${basename(input, extname(input))}.${format}`) : output;
    jobs.push({ from: input, to, format });
  }

  // Draw everything first; write only when every input drew.
  const drawn: Array<{ to: string; bytes: Uint8Array | string }> = [];
  let failed = false;
  for (const job of jobs) {
    let read;
    try {
      read = await readInput(job.from, settings.locale);
    } catch (error) {
      io.err(`${job.from}: ${(error as Error).message}\n`);
      return 2;
    }
    if (!read.ok) {
      for (const message of read.messages) io.err(`${job.from}: ${message}\n`);
      failed = true;
      continue;
    }
    let result: Rendered;
    try {
      result = await renderOne(read.input, job.format, settings);
    } catch (error) {
      io.err(`${job.from}: internal error, please report it: ${(error as Error).stack ?? String(error)}\n`);
      return 3;
    }
    if (!result.ok) {
      for (const message of result.messages) io.err(`${job.from}: ${message}\n`);
      failed = true;
      continue;
    }
    drawn.push({ to: job.to, bytes: result.bytes });
  }
  if (failed) return 1;
  try {
    for (const file of drawn) {
      writeAtomic(file.to, file.bytes);
      io.out(`${file.to}\n`);
    }
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    io.err(`${settings.locale === 'en' ? `cannot write the output file (${detail})` : `出力ファイルに書き込めません（${detail}）`}: ${(error as Error).message}\n`);
    return 4;
  }
  return 0;
}
