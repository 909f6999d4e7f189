/**
 * A tiny static server for the embedding tests: the page a ministry web team would publish,
 * served with a strict Content-Security-Policy response header.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** The policy of a strict government page: nothing inline, nothing from elsewhere. */
export const STRICT_CSP = [
  "default-src 'self'",
  // 'report-sample' only adds the first characters of a blocked inline script or style to the
  // violation report (so a failure can say what was blocked); it allows nothing.
  "script-src 'self' 'report-sample'",
  "style-src 'self' 'report-sample'",
  "img-src 'self' data:",
  "connect-src 'self'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** What `startEmbedServer` needs. */
export interface EmbedServerOptions {
  /** The package root (holds `data/` and `test/embed/`). */
  root: string;
  /** The directory served as `/dist/` (the test's own build output). */
  distDir: string;
  /** The Content-Security-Policy header sent with every response. */
  csp?: string;
}

/** A running embed server. */
export interface EmbedServer {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** Every path requested so far, in order. */
  requests: string[];
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Writes a JSON document into an HTML `<script type="application/json">` block the way a CMS
 * should: `<` escaped so no `</script>` inside a label can end the block.
 */
export function embedJson(text: string): string {
  return JSON.stringify(JSON.parse(text)).replace(/</g, '\\u003c');
}

/** Fills the page's `{{json path}}` placeholders with the files' JSON. */
async function renderPage(root: string): Promise<string> {
  const template = await readFile(join(root, 'test/embed/page.html'), 'utf8');
  const paths = [...template.matchAll(/\{\{json ([^}]+)\}\}/g)].map((m) => m[1]!);
  let page = template;
  for (const path of paths) {
    page = page.replace(`{{json ${path}}}`, embedJson(await readFile(join(root, path), 'utf8')));
  }
  return page;
}

/** Resolves `rel` inside `dir`, or undefined when it would leave `dir`. */
function inside(dir: string, rel: string): string | undefined {
  const full = resolve(dir, normalize(rel).replace(/^([/\\])+/, ''));
  return full.startsWith(resolve(dir) + sep) ? full : undefined;
}

/** Starts the server on 127.0.0.1 on a free port. */
export async function startEmbedServer({ root, distDir, csp = STRICT_CSP }: EmbedServerOptions): Promise<EmbedServer> {
  const page = await renderPage(root);
  const requests: string[] = [];
  const routes: Array<[prefix: string, dir: string]> = [
    ['/dist/', distDir],
    ['/data/', join(root, 'data')],
    ['/test/embed/', join(root, 'test/embed')],
  ];

  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (path === '/' || path === '/index.html') return send(200, TYPES['.html']!, page);
    // The browser asks for it on its own; a 404 would be a console error that is not ours.
    if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
    const route = routes.find(([prefix]) => path.startsWith(prefix));
    const file = route ? inside(route[1], path.slice(route[0].length)) : undefined;
    const type = file ? TYPES[extname(file)] : undefined;
    if (!file || !type || extname(file) === '.html') return send(404, 'text/plain', 'not found');
    readFile(file).then(
      (body) => send(200, type, body),
      () => send(404, 'text/plain', 'not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
