/** The Chromium binary: `CHROME_PATH`, else Debian's. */
export declare const CHROMIUM_PATH: string;
/** Flags for headless runs as root in a container. */
export declare const CHROMIUM_ARGS: readonly string[];
