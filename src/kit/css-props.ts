import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Inline CSS declarations by CSS property name (`height`, `transform`, `--policy-x`); `null`
 * or `undefined` leaves a property unset.
 */
export type CSSProps = Readonly<Record<string, string | number | null | undefined>>;

/**
 * Sets inline styles through the CSSOM (`element.style.setProperty`). A strict page policy
 * (`style-src 'self'`, no `'unsafe-inline'`) refuses `style="…"` attribute text, and Lit's
 * `styleMap` writes its first render as attribute text; CSSOM property writes are allowed. On
 * the server (no element) it renders the attribute text.
 *
 * A value equal to the one this binding wrote last is not written again (as Lit's own bindings
 * and `styleMap` do, it assumes nothing else writes the same properties of the element): a
 * large chart's update then costs no CSS parsing for the boxes that did not move.
 */
class CSSPropsDirective extends Directive {
  /** Per property: the value last written. */
  private readonly written = new Map<string, string>();

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
    for (const name of this.written.keys()) {
      if (props[name] === null || props[name] === undefined) {
        style.removeProperty(name);
        this.written.delete(name);
      }
    }
    for (const [name, raw] of Object.entries(props)) {
      if (raw === null || raw === undefined) continue;
      const value = String(raw);
      if (this.written.get(name) === value) continue;
      style.setProperty(name, value);
      this.written.set(name, value);
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
