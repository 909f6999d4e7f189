/** The Chromium binary: `CHROME_PATH`, else a system Chromium, else the one @sparticuz/chromium ships. */
export declare const CHROMIUM_PATH: string;
/** Where CHROMIUM_PATH came from. */
export declare const CHROMIUM_SOURCE: 'CHROME_PATH' | 'system' | '@sparticuz/chromium';
/** Flags for headless runs as root in a container. */
export declare const CHROMIUM_ARGS: readonly string[];
