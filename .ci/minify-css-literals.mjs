// A Vite plugin for the library builds: minifies the CSS inside Lit's css`…` templates in src/
// (comments out, whitespace collapsed), and the indentation inside html`…` and svg`…` templates
// (a run of white space with a line break becomes one line break: HTML collapses white space
// the same way, and no template here sets white-space: pre). No consumer's minifier does this
// because these are strings. Interpolations `${…}` are left as they are.
import ts from 'typescript';

/** Minifies one static part of a css`` template. */
export function minifyCssText(text, { first = true, last = true } = {}) {
  let out = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};>]) ?/g, '$1')
    .replace(/([:,]) /g, '$1')
    .replace(/;}/g, '}');
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

const TAGS = new Set(['css', 'html', 'svg']);

/** The source with every css`` template minified (returns `undefined` when there is none). */
export function minifyCssLiterals(code, fileName) {
  if (!/\b(css|html|svg)`/.test(code)) return undefined;
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const markup = node.tag.text !== 'css';
      const t = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(t)) {
        edits.push([t.getStart() + 1, t.end - 1, { first: true, last: true, markup }]);
      } else {
        edits.push([t.head.getStart() + 1, t.head.end - 2, { first: true, last: false, markup }]);
        t.templateSpans.forEach((span, i) => {
          const lit = span.literal;
          const isTail = i === t.templateSpans.length - 1;
          edits.push([lit.getStart() + 1, isTail ? lit.end - 1 : lit.end - 2, { first: false, last: isTail, markup }]);
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return undefined;
  let out = code;
  for (const [start, end, edges] of edits.sort((a, b) => b[0] - a[0])) {
    const text = out.slice(start, end);
    out = out.slice(0, start) + (edges.markup ? text.replace(/[ \t]*\n\s*/g, '\n') : minifyCssText(text, edges)) + out.slice(end);
  }
  return out;
}

/** The plugin: runs before TypeScript is stripped, on src/**.ts only. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'policy-charts-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return undefined;
      const out = minifyCssLiterals(code, id);
      return out === undefined ? undefined : { code: out, map: null };
    },
  };
}
