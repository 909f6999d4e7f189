/**
 * `policy-charts render`: a chart document (JSON, or a CSV/TSV/XLSX table) to SVG, PNG or
 * editable PowerPoint.
 *
 *     npx policy-charts render data/governance.json -o governance.pptx
 *     npx policy-charts render data/pharma-budget.json -o budget.png --slide 16:9
 *     npx policy-charts render data/ -o out/ --format svg        (every *.json of a folder)
 *     npx policy-charts render - < doc.json > doc.svg            (stdin to stdout)
 *
 * The output format is the output file's extension (or `--format`); without `-o` (or with
 * `-o -`) the file goes to stdout. Exit codes: 0 written; 1 a document has issues (listed on
 * stderr, localised, with their JSON paths); 2 usage or file errors; 3 a bug; 4 an output that
 * cannot be written. Warnings (text repaired on the way in) go to stderr with exit 0. Nothing is
 * half-written: every file is drawn in memory first, then written under a temporary name and
 * renamed; when any input of a batch has issues, no file is written. Chart knowledge stays in
 * the chart models (src/charts/): this file reads, dispatches on the output format and writes.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { isTableFileName } from '../data/table/file.js';
import type { Locale } from '../data/types.js';
import { formatIssue } from '../format/messages/index.js';
import { escapeTerminal } from '../format/terminal.js';
import { applyFontMode, DEFAULT_FONT_MODE, FONT_MODES, type FontMode } from '../export/fonts.js';
import { MAX_PNG_SCALE, renderPNG } from '../export/png-node.js';
import { renderPPTX, SLIDE_SIZES, type SlideSize } from '../export/pptx.js';
import { toValidXml } from '../export/xml.js';
import { importTableFile, runImport } from './import.js';
import { isUsageError, localeOption, numberOption, oneOf, parseCommand, usageMessage, UsageError } from './options.js';
import { renderDocumentSVG } from './render-document.js';
import { prepareBundledFontMetrics } from '../ssr/font-file.js';
import { createFontMeasure } from '../kit/font-metrics.js';
import { STANDALONE_THEMES, type StandaloneTheme } from './standalone.js';

/** Output formats, by file extension. */
export const OUTPUT_FORMATS = ['svg', 'png', 'pptx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const USAGE = `usage: policy-charts render <input.json|input.csv|input.xlsx|folder|-> [-o <out.svg|out.png|out.pptx|folder|->]
  [--format svg|png|pptx]   output format for a folder or stdout (default: the -o extension; svg)
  [--width px] [--height px] page size of an SVG or PNG (the drawing is fitted inside)
  [--slide 16:9|4:3]        a slide: 1920x1080 or 1440x1080 px, type for projection (text >= 18 px);
                            for PPTX the slide size (default 16:9)
  [--lang ja|en] [--theme light|dark] [--no-background]
  [--scale n]               PNG pixels per px (default 2; 1 with --slide)
  [--fonts outline|embed|none]  SVG text: paths (default), an embedded subset, or live text
       policy-charts import <input.csv|input.tsv|input.xlsx> [--sheet name] [--links links.csv]
  [--type budget|organization|effect] [--title text] [--lang ja|en] [-o out.json]`;

/** Slide pages for SVG and PNG, in px: 1080 px high, as a projector shows them (the PPTX slides are 13.333 x 7.5 in and 10 x 7.5 in). */
export const SLIDE_PX: Readonly<Record<SlideSize, { width: number; height: number }>> = {
  '16:9': { width: 1920, height: 1080 },
  '4:3': { width: 1440, height: 1080 },
};

/** Base type size on a slide page, px (the elements' `preset="slide"`): the smallest text is 18 px. */
export const SLIDE_FONT_SIZE = 20;

interface Settings {
  format?: OutputFormat;
  width?: number;
  height?: number;
  slide?: SlideSize;
  locale?: Locale;
  theme: StandaloneTheme;
  background: boolean;
  scale?: number;
  fonts: FontMode;
}

/** What a run writes to stdout and stderr (injectable for tests). */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Bytes to stdout (a file written to `-`); default: `out` for text. */
  bytes?: (bytes: Uint8Array | string) => void;
}

/**
 * Fits a standalone SVG into a `width` x `height` page: scaled down (never up) to fit, centred
 * across and down, on the page's background; the original file is kept whole as a nested `<svg>`. Also returns
 * the scale (1 when the drawing fits as it is).
 */
export function fitSVGPage(svg: string, page: { width: number; height?: number }): { svg: string; scale: number } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const w = Number(/\bwidth="([\d.]+)"/.exec(open)?.[1]);
  const h = Number(/\bheight="([\d.]+)"/.exec(open)?.[1]);
  if (!(w > 0 && h > 0) || page.height === undefined) return { svg, scale: 1 };
  const k = Math.min(1, page.width / w, page.height / h);
  const x = (page.width - w * k) / 2;
  // Centred both ways: a slide keeps even space above and below what it shows.
  const y = (page.height - h * k) / 2;
  const title = /<title>[\s\S]*?<\/title>/.exec(svg)?.[0] ?? '';
  const background = /<rect width="[\d.]+" height="[\d.]+" fill="([^"]+)"><\/rect>/.exec(svg)?.[1];
  const placed = open.replace(/\s(width|height)="[^"]*"/g, '').replace(/<svg\b/, `<svg x="${x.toFixed(2)}" y="${y.toFixed(2)}" width="${(w * k).toFixed(2)}" height="${(h * k).toFixed(2)}"`);
  const inner = svg.replace(/^<\?xml[^>]*>\s*/, '').replace(open, placed);
  return {
    svg:
      `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${page.width}" height="${page.height}" viewBox="0 0 ${page.width} ${page.height}">` +
      title +
      (background ? `<rect width="100%" height="100%" fill="${background}"/>` : '') +
      inner +
      '</svg>',
    scale: k,
  };
}

type Rendered = { ok: true; bytes: Uint8Array | string; notices: string[] } | { ok: false; messages: string[] };

/** Words of the notices a render writes to stderr. */
const NOTICE: Readonly<Record<Locale, { warning: string; omitted: (n: number) => string; scaled: (k: number) => string }>> = {
  ja: {
    warning: '注意',
    omitted: (n) => `スライドに入らない注記 ${n} 行を省きました（PPTX ではスライドのノートに入ります）`,
    scaled: (k) => `スライドに収めるため ${Math.round(k * 100)}% に縮小しました（最小の文字が 18 px を下回ります）`,
  },
  en: {
    warning: 'warning',
    omitted: (n) => `${n} lines of notes left off the slide (a PPTX keeps them in the slide's notes)`,
    scaled: (k) => `scaled to ${Math.round(k * 100)}% to fit the slide (the smallest text is under 18 px)`,
  },
};

async function renderOne(input: unknown, format: OutputFormat, s: Settings): Promise<Rendered> {
  if (format === 'pptx') {
    // Laid out with the metrics the PNG is drawn with, so the deck draws the page's chart.
    const metrics = await prepareBundledFontMetrics().catch(() => undefined);
    const measureAt = metrics ? (sizePx: number) => createFontMeasure(metrics, sizePx) : undefined;
    const result = await renderPPTX({ input, locale: s.locale, slide: s.slide ?? '16:9', ...(measureAt ? { measureAt } : {}) });
    return result.ok ? { ok: true, bytes: result.pptx, notices: [] } : result;
  }
  const slide = s.slide ? SLIDE_PX[s.slide] : undefined;
  const page = { width: s.width ?? slide?.width ?? 800, height: s.height ?? slide?.height };
  // The text is measured in the font the file is drawn with (decoded on first use when installed).
  await prepareBundledFontMetrics();
  const result = renderDocumentSVG({
    input,
    width: page.width,
    locale: s.locale,
    theme: s.theme,
    background: s.background,
    ...(slide ? { fontSize: SLIDE_FONT_SIZE, pageHeight: page.height } : {}),
  });
  if (!result.ok) return result;
  const words = NOTICE[result.locale];
  const notices = (result.warnings ?? []).map((w) => `${words.warning}: ${formatIssue(w, result.locale)}`);
  if (result.omitted) notices.push(`${words.warning}: ${words.omitted(result.omitted)}`);
  const fitted = fitSVGPage(result.svg, page);
  if (slide && fitted.scale < 1) notices.push(`${words.warning}: ${words.scaled(fitted.scale)}`);
  const svg = toValidXml(fitted.svg);
  if (format === 'png') return { ok: true, bytes: await renderPNG({ svg, scale: s.scale ?? (slide ? 1 : 2) }), notices };
  return { ok: true, bytes: await applyFontMode({ svg, mode: s.fonts }), notices };
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
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

type Read = { ok: true; input: unknown } | { ok: false; messages: string[]; named?: boolean };

/** Reads a JSON document (`-`: stdin), or a CSV/TSV/XLSX table (read into its document as `import` does). */
async function readInput(file: string, locale: Locale | undefined): Promise<Read> {
  if (isTableFileName(file)) {
    const result = await importTableFile(file);
    // A table's issues name the file and the cell themselves.
    return result.ok ? { ok: true, input: result.json } : { ok: false, messages: result.issues.map((issue) => formatIssue(issue, locale ?? 'ja')), named: true };
  }
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  try {
    return { ok: true, input: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, messages: [locale === 'en' ? `invalid JSON: ${detail}` : `JSON として読めません: ${detail}`] };
  }
}

/** The render command's own options (the shared ones are in ./options.ts). */
const RENDER_OPTIONS = {
  format: { type: 'string' },
  width: { type: 'string' },
  height: { type: 'string' },
  slide: { type: 'string' },
  theme: { type: 'string' },
  scale: { type: 'string' },
  fonts: { type: 'string' },
  'no-background': { type: 'boolean' },
} as const;

/** Runs the CLI with `args` (without node and the script); resolves to the exit code. */
export async function main(
  args: readonly string[],
  io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(escapeTerminal(t)), bytes: (b) => process.stdout.write(b) },
): Promise<number> {
  if (args[0] === 'import') return runImport(args.slice(1), io);
  let settings: Settings;
  let input: string;
  let output: string;
  try {
    const { values, positionals } = parseCommand(args, RENDER_OPTIONS, { min: 2, max: 2 });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (positionals[0] !== 'render') throw new UsageError('');
    input = positionals[1]!;
    output = values.output ?? '-';
    settings = {
      format: oneOf(values.format, OUTPUT_FORMATS, 'format'),
      width: numberOption(values.width, 'width', 160, 10_000),
      height: numberOption(values.height, 'height', 120, 10_000),
      slide: oneOf(values.slide, SLIDE_SIZES, 'slide'),
      locale: localeOption(values.lang),
      theme: oneOf(values.theme, STANDALONE_THEMES, 'theme') ?? 'light',
      background: !values['no-background'],
      scale: numberOption(values.scale, 'scale', 0.1, MAX_PNG_SCALE),
      fonts: oneOf(values.fonts, FONT_MODES, 'fonts') ?? DEFAULT_FONT_MODE,
    };
  } catch (error) {
    if (!isUsageError(error)) throw error;
    io.err(usageMessage(error, USAGE));
    return 2;
  }

  // Jobs: one input file to one output file ('-': stdout).
  let outFolder: string | undefined;
  const jobs: Array<{ from: string; to: string; format: OutputFormat }> = [];
  if (input !== '-' && isDirectory(input)) {
    const format = settings.format ?? formatOf(output);
    if (!format || output === '-') {
      io.err(`a folder of inputs needs -o <folder> and --format ${OUTPUT_FORMATS.join('|')}\n`);
      return 2;
    }
    const outDir = formatOf(output) ? dirname(output) : output;
    outFolder = outDir;
    for (const name of readdirSync(input).filter((n) => n.toLowerCase().endsWith('.json') || isTableFileName(n)).sort()) {
      jobs.push({ from: join(input, name), to: join(outDir, `${basename(name, extname(name))}.${format}`), format });
    }
    if (jobs.length === 0) {
      io.err(`${input}: no .json, .csv, .tsv or .xlsx files\n`);
      return 2;
    }
  } else if (output === '-') {
    jobs.push({ from: input, to: '-', format: settings.format ?? 'svg' });
  } else {
    const format = isDirectory(output) ? settings.format : (formatOf(output) ?? settings.format);
    if (!format) {
      io.err(`${output}: the output must end in .svg, .png or .pptx (or give --format)\n`);
      return 2;
    }
    const to = isDirectory(output) ? join(output, `${basename(input, extname(input))}.${format}`) : output;
    jobs.push({ from: input, to, format });
  }

  // Draw everything first; write only when every input drew (a batch's output folder is made then).
  const drawn: Array<{ to: string; bytes: Uint8Array | string }> = [];
  let failed = false;
  for (const job of jobs) {
    let read: Read;
    try {
      read = await readInput(job.from, settings.locale);
    } catch (error) {
      io.err(`${job.from}: ${(error as Error).message}\n`);
      return 2;
    }
    if (!read.ok) {
      for (const message of read.messages) io.err(read.named ? `${message}\n` : `${job.from}: ${message}\n`);
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
    for (const notice of result.notices) io.err(`${job.from}: ${notice}\n`);
    drawn.push({ to: job.to, bytes: result.bytes });
  }
  if (failed) return 1;
  for (const file of drawn) {
    if (file.to === '-') {
      (io.bytes ?? io.out)(file.bytes as string);
      continue;
    }
    try {
      if (outFolder !== undefined) mkdirSync(outFolder, { recursive: true });
      writeAtomic(file.to, file.bytes);
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      io.err(`${file.to}: ${settings.locale === 'en' ? `cannot write the output file (${detail})` : `出力ファイルに書き込めません（${detail}）`}\n`);
      return 4;
    }
    io.out(`${file.to}\n`);
  }
  return 0;
}
