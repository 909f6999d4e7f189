/**
 * The layout lint's hooks (`data-lint-*` attributes, read only by test/lint/) are written only
 * when the page asks for them with `globalThis.policyChartsLint = true` (test/lint/render-case.ts
 * does): users' pages, server-rendered files and exports carry none.
 */
import { nothing } from 'lit';

/** Whether the page asked for the layout lint's hooks. */
export function lintHooksOn(): boolean {
  return (globalThis as { policyChartsLint?: unknown }).policyChartsLint === true;
}

/** `value` for a `data-lint-*` attribute binding when the lint's hooks are on, else no attribute. */
export function lintAttr(value: string | undefined): string | typeof nothing {
  return value !== undefined && lintHooksOn() ? value : nothing;
}
