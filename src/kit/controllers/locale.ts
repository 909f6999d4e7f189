import { isServer } from 'lit';
import type { Locale } from '../../data/types.js';
import { toLocale } from '../../format/locale.js';

/**
 * The element's locale: its own `lang` attribute, else the nearest ancestor's (crossing shadow
 * roots), else `ja`. On the server an element has no ancestors: its own `lang` only.
 */
export function resolveLocale(element: Element): Locale {
  if (isServer) {
    const lang = element.getAttribute('lang');
    return lang ? toLocale(lang) : 'ja';
  }
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return toLocale(lang);
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'ja';
}
