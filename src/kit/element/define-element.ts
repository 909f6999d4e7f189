import { warmUpWhenIdle, type WarmUpSteps } from './warm-up.js';

/** Registers `tag` for `constructor` unless it is registered already (safe to call twice). */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
  warmUpWhenIdle((constructor as { warmUp?: WarmUpSteps }).warmUp);
}
