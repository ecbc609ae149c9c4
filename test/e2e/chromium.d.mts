/** Path of the Chromium binary (CHROMIUM_PATH overrides Debian's). */
export declare const CHROMIUM_PATH: string;
/** Flags for a headless run as root in a sandboxed CI machine. */
export declare const CHROMIUM_ARGS: string[];
