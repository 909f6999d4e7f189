import type { ArgTypes } from '@storybook/web-components-vite';

/** The parts of a custom-elements.json (schema 1.0) declaration that the docs table shows. */
interface ManifestItem {
  name?: string;
  kind?: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
  attribute?: string;
  parameters?: { name: string; type?: { text?: string } }[];
  return?: { type?: { text?: string } };
}
interface ManifestDeclaration {
  kind?: string;
  name?: string;
  tagName?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}
/** A custom elements manifest, as far as the docs table reads it. */
export interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

const isPublic = (m: ManifestItem): boolean => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name?.startsWith('#');

/**
 * Builds the docs table rows of the element `tag` from the manifest: public properties (with their
 * attribute), public methods, attributes, events, slots, CSS shadow parts and CSS custom properties.
 *
 * Storybook's own extractor keys every row by its bare name, so a part called `status` hid the
 * `status` property, and it listed private and protected fields. Here every category but
 * properties gets its own key prefix (properties keep bare keys so that story args and their
 * controls land on the same row), and only the public API is listed.
 */
export function extractManifestArgTypes({ manifest, tag }: { manifest: Manifest; tag: string }): ArgTypes | null {
  const decl = manifest.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!decl) return null;
  const rows: ArgTypes = {};
  const row = (key: string, item: ManifestItem, category: string, extra: { type?: string; defaultValue?: string; control?: boolean } = {}) => {
    if (!item.name) return;
    const summary = extra.type ?? item.type?.text;
    rows[key] = {
      name: item.name,
      description: item.description ?? '',
      ...(extra.control ? {} : { control: false }),
      table: {
        category,
        ...(summary ? { type: { summary } } : {}),
        ...(extra.defaultValue !== undefined ? { defaultValue: { summary: extra.defaultValue } } : {}),
      },
    };
  };
  const attributes = decl.attributes ?? [];
  for (const m of (decl.members ?? []).filter(isPublic)) {
    if (m.kind === 'field') {
      const attribute = attributes.find((a) => a.fieldName === m.name)?.name ?? m.attribute;
      const description = [m.description, attribute ? `Attribute: \`${attribute}\`.` : 'Property only (no attribute).'].filter(Boolean).join(' ');
      row(m.name!, { ...m, description }, 'properties', { defaultValue: m.default, control: true });
    } else if (m.kind === 'method') {
      const params = (m.parameters ?? []).map((p) => `${p.name}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ');
      row(`method:${m.name}`, m, 'methods', { type: `(${params}) => ${m.return?.type?.text ?? 'void'}` });
    }
  }
  for (const a of attributes) row(`attribute:${a.name}`, a, 'attributes', { defaultValue: a.default });
  for (const e of decl.events ?? []) row(`event:${e.name}`, e, 'events');
  for (const s of decl.slots ?? []) row(`slot:${s.name || 'default'}`, { ...s, name: s.name || '(default)' }, 'slots');
  for (const p of decl.cssParts ?? []) row(`part:${p.name}`, p, 'css shadow parts');
  for (const p of decl.cssProperties ?? []) row(`css:${p.name}`, p, 'css custom properties', { defaultValue: p.default });
  return rows;
}
