import type { Plugin } from 'vite';
/** Minifies one static part of a css`` template. */
export declare function minifyCssText(text: string, edges?: { first?: boolean; last?: boolean }): string;
/** The source with every css`` template minified (`undefined` when there is none). */
export declare function minifyCssLiterals(code: string, fileName: string): string | undefined;
/** The Vite plugin. */
export declare function minifyCssLiteralsPlugin(): Plugin;
