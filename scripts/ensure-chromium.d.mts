/** Flags that let a system Chromium run headless as root, in containers and without network side traffic. */
export declare const CHROMIUM_ARGS: string[];
/**
 * The Chromium executable to use, or null: env CHROMIUM_PATH, Playwright's own download, then system packages. Never
 * installs.
 */
export declare function findChromium(): string | null;
/** Like findChromium(), but installs Chromium (and a CJK font) when missing. Prints the chosen path; null if none. */
export declare function ensureChromium(): string | null;
