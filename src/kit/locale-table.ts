/**
 * Words tables whose English half loads on first use (docs/size.md): a page in Japanese, the
 * usual case, never loads the English words. Each chart's `words-en.ts` provides its English
 * tables when it is evaluated; the element loads it before an update in English (its model's
 * `english` part, kit/element/chart-data-element.ts) and Node callers import it
 * (`policy-charts` itself, the CLI, server rendering and Markdown import src/words-en.ts).
 */
import type { Locale } from '../data/types.js';

/** One words table per locale. */
export type LocaleTable<T> = Readonly<Record<Locale, T>>;

/** A table with its Japanese words; reading its English words before they are provided throws (a bug: see the file comment). */
export function localeTable<T>(ja: T): LocaleTable<T> {
  return {
    ja,
    get en(): T {
      throw new Error('English words not loaded: load the chart model\'s `english` part, or import src/words-en.ts in Node');
    },
  };
}

/** Whether a table has its English words (statically imported in Node, or loaded by the element). */
export function hasEnglish(table: LocaleTable<unknown>): boolean {
  return !Object.getOwnPropertyDescriptor(table, 'en')?.get;
}

/** Gives a table its English words (a chart's words-en.ts). */
export function provideEnglish<T>(table: LocaleTable<T>, en: T): void {
  Object.defineProperty(table, 'en', { value: en, enumerable: true });
}
