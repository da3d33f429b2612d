/** The first python that imports openpyxl ($PYTHON, python3, /usr/bin/python3, python), or null. Never installs. */
export declare function findPythonOpenpyxl(): { python: string; version: string } | null;
/** How to get python3-openpyxl, in Chinese and English. */
export declare function openpyxlHint(): string;
/** Like findPythonOpenpyxl(), but installs python3-openpyxl with apt as root when missing. True when found. */
export declare function ensurePythonOpenpyxl(): boolean;
