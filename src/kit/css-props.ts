import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Inline CSS declarations by CSS property name (`height`, `transform`, `--policy-x`); `null`
 * or `undefined` leaves a property unset.
 */
export type CSSProps = Readonly<Record<string, string | number | null | undefined>>;

/**
 * Sets inline styles through the CSSOM (`element.style.setProperty`) on every render, the
 * first included. A strict page policy (`style-src 'self'`, no `'unsafe-inline'`) refuses
 * `style="…"` attribute text, and Lit's `styleMap` writes its first render as attribute text;
 * CSSOM property writes are allowed. On the server (no element) it renders the attribute text.
 */
class CSSPropsDirective extends Directive {
  private readonly names = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style' || (part.strings?.length ?? 0) > 2) {
      throw new Error('cssProps: bind it as the whole style attribute: style=${cssProps({...})}');
    }
  }

  /** Server rendering: the declarations as `style` attribute text. */
  render(props: CSSProps): string {
    return Object.entries(props)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [props]: [CSSProps]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.names) {
      if (props[name] === null || props[name] === undefined) {
        style.removeProperty(name);
        this.names.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined) continue;
      style.setProperty(name, String(value));
      this.names.add(name);
    }
    return noChange;
  }
}

/**
 * `style=${cssProps({ height: '300px' })}`: inline styles that a strict Content-Security-Policy
 * allows (set through the CSSOM, never as attribute text). Use it instead of `styleMap` and of
 * `style=${string}` bindings. Property names are CSS names (`font-size`, not `fontSize`).
 */
export const cssProps = directive(CSSPropsDirective);
