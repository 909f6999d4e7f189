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

export default {
  plugins: [defineElementPlugin()],
};
