// Read by `cem analyze` (npm run analyze). The elements are registered in src/define.ts through
// defineElement('policy-…', Class) in src/define/<chart>.ts, which the analyzer does not recognise, so without this the
// manifest has no tag names and Storybook's docs pages find no element ("Component not found in
// custom-elements.json"). This plugin reads those calls and marks the classes as custom elements.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

/** The modules that register one tag each (`policy-charts/define/<chart>`). */
const DEFINE_FILES = readdirSync('src/define').filter((f) => f.endsWith('.ts')).map((f) => `src/define/${f}`);

/** The `[tag, className]` pairs of every `defineElement('tag', ClassName)` call in `source`. */
function readDefinitions(name, source) {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'defineElement' &&
      node.arguments.length === 2 &&
      ts.isStringLiteralLike(node.arguments[0]) &&
      ts.isIdentifier(node.arguments[1])
    ) {
      found.push([node.arguments[0].text, node.arguments[1].text]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Gives the classes registered in src/define/*.ts their tag names; drops entries that name nothing. */
function defineElementPlugin() {
  return {
    name: 'policy-charts-define-element',
    packageLinkPhase({ customElementsManifest }) {
      const definitions = DEFINE_FILES.flatMap((name) => readDefinitions(name, readFileSync(name, 'utf8')));
      for (const mod of customElementsManifest.modules) {
        // The generic `customElements.define(tag, constructor)` inside defineElement is not a definition.
        mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.declaration?.name === 'constructor'));
        for (const decl of mod.declarations ?? []) {
          // An event dispatched as `new SomeEvent()` is listed once without a name; its @fires entry names it.
          if (decl.events) decl.events = decl.events.filter((e) => e.name);
          const definition = definitions.find(([, className]) => className === decl.name);
          if (!definition || decl.kind !== 'class') continue;
          const [tag] = definition;
          decl.tagName = tag;
          decl.customElement = true;
          mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: decl.name, module: mod.path } });
        }
      }
      const missing = definitions.filter(([, className]) => !customElementsManifest.modules.some((m) => m.declarations?.some((d) => d.name === className)));
      if (missing.length > 0) console.warn(`custom-elements-manifest: no class found for ${missing.map(([t, c]) => `${t} (${c})`).join(', ')}`);
    },
  };
}

/** Every `export type Name = (typeof CONST)[number]` in src/ with CONST's `as const` string list. */
function readLiteralTypes() {
  const types = new Map();
  const consts = new Map();
  const visitFile = (name) => {
    const file = ts.createSourceFile(name, readFileSync(name, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    for (const st of file.statements) {
      if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          let init = d.initializer;
          if (init && ts.isAsExpression(init)) init = init.expression;
          if (ts.isIdentifier(d.name) && init && ts.isArrayLiteralExpression(init) && init.elements.every((e) => ts.isStringLiteral(e))) {
            consts.set(d.name.text, init.elements.map((e) => e.text));
          }
        }
      } else if (ts.isTypeAliasDeclaration(st) && ts.isIndexedAccessTypeNode(st.type)) {
        let object = st.type.objectType;
        while (ts.isParenthesizedTypeNode(object)) object = object.type;
        if (ts.isTypeQueryNode(object) && ts.isIdentifier(object.exprName)) types.set(st.name.text, object.exprName.text);
      }
    }
  };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts')) visitFile(path);
    }
  };
  walk('src');
  const out = new Map();
  for (const [name, constName] of types) if (consts.has(constName)) out.set(name, consts.get(constName).map((v) => `'${v}'`).join(' | '));
  return out;
}

/** Event name → event class, from `static readonly eventName = '…'` in src/events/*.ts. */
function readEventClasses() {
  const out = new Map();
  for (const f of readdirSync('src/events')) {
    const text = readFileSync(`src/events/${f}`, 'utf8');
    const cls = /export class (\w+)/.exec(text);
    const name = /static readonly eventName = '([^']+)'/.exec(text);
    if (cls && name) out.set(name[1], cls[1]);
  }
  return out;
}

/** Every `--policy-*` custom property an element reads: its own styles, the shared ones and the tokens. */
function readTokens(modulePath) {
  const dir = modulePath.replace(/\/[^/]+$/, '');
  const files = ['src/theme/tokens.ts', 'src/kit/element/base.styles.ts', ...readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`)];
  const names = new Set();
  for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/--policy-[a-z0-9]+(?:-[a-z0-9]+)*/g)) names.add(m[0]);
  return [...names].sort();
}

/** `src/x/y.ts` → `dist/x/y.js`: the manifest names the files the package ships. */
const shipped = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/**
 * A manifest for tools and users: shipped paths, literal value lists instead of alias names,
 * event types, no private or protected members, and every custom property each element reads.
 */
function cleanManifestPlugin() {
  return {
    name: 'policy-charts-clean-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const literals = readLiteralTypes();
      const events = readEventClasses();
      const expand = (type) => {
        if (!type?.text) return type;
        const text = type.text
          .split('|')
          .map((part) => literals.get(part.trim()) ?? part.trim())
          .join(' | ');
        return { ...type, text };
      };
      const fixRef = (ref) => (ref?.module ? { ...ref, module: shipped(ref.module) } : ref);
      for (const mod of customElementsManifest.modules) {
        const source = mod.path;
        mod.path = shipped(mod.path);
        mod.exports = (mod.exports ?? []).map((e) => ({ ...e, declaration: fixRef(e.declaration) }));
        for (const decl of mod.declarations ?? []) {
          if (decl.superclass) decl.superclass = fixRef(decl.superclass);
          if (decl.members) {
            decl.members = decl.members
              .filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'))
              .map((m) => ({ ...m, type: expand(m.type), inheritedFrom: fixRef(m.inheritedFrom) }));
          }
          if (decl.attributes) decl.attributes = decl.attributes.map((a) => ({ ...a, type: expand(a.type), inheritedFrom: fixRef(a.inheritedFrom) }));
          if (decl.events) {
            decl.events = decl.events.map((e) => ({ ...e, type: events.has(e.name) ? { text: events.get(e.name) } : e.type, inheritedFrom: fixRef(e.inheritedFrom) }));
          }
          if (decl.customElement) {
            for (const key of ['cssProperties', 'cssParts', 'slots', 'cssStates']) {
              if (decl[key]) decl[key] = decl[key].map((c) => (c.inheritedFrom ? { ...c, inheritedFrom: fixRef(c.inheritedFrom) } : c));
            }
            const documented = new Set((decl.cssProperties ?? []).map((c) => c.name));
            for (const name of readTokens(source)) {
              if (documented.has(name)) continue;
              const series = /^--policy-color-(series|strong)-(\d)$/.exec(name);
              decl.cssProperties = [
                ...(decl.cssProperties ?? []),
                { name, description: series ? `${series[1] === 'series' ? 'Fill' : 'Text or line colour'} of series ${series[2]} (default palette: Okabe–Ito).` : 'Shared theme token (see the README, Theming).' },
              ];
            }
          }
        }
      }
    },
  };
}

export default {
  plugins: [defineElementPlugin(), cleanManifestPlugin()],
};
