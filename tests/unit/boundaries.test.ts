import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layers of the app: src-shared runs in the renderer and the main process alike; src-main/core runs without
// Electron (tests, web server); src-renderer talks to the core only through the API.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

interface Import {
  file: string;
  specifier: string;
  /** Absolute path for a relative import, else null. */
  resolved: string | null;
}

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((name) => SOURCE.test(name) && !name.split(path.sep).includes('node_modules'))
    .map((name) => path.join(abs, name));
}

const PATTERNS = [
  /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const specifier = match[1]!;
      const resolved = specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier) : null;
      found.push({ file: path.relative(ROOT, file), specifier, resolved });
    }
  }
  return found;
}

function importsUnder(dir: string): Import[] {
  return sourceFiles(dir).flatMap(importsOf);
}

const inside = (dir: string) => (p: string) =>
  p === path.join(ROOT, dir) || p.startsWith(path.join(ROOT, dir) + path.sep);
const bare = (specifier: string) => specifier.split('/')[0]!;

describe('import boundaries', () => {
  it('the scanner sees the source and its imports', () => {
    const core = importsUnder('src-main/core');
    expect(sourceFiles('src-shared').length).toBeGreaterThan(10);
    expect(core.some((i) => i.specifier === 'better-sqlite3')).toBe(true);
    expect(core.some((i) => i.specifier === 'kysely')).toBe(true);
    expect(core.some((i) => i.resolved !== null && inside('src-shared')(i.resolved))).toBe(true);
    expect(importsUnder('src-shared').some((i) => i.specifier === 'zod')).toBe(true);
    // The patterns catch every form of import.
    const sample = [
      "import a from 'x1';",
      "import type { B } from 'x2';",
      "export { c } from 'x3';",
      "import 'x4';",
      "const d = await import('x5');",
      "const e = require('x6');",
      "import {\n  f,\n  g,\n} from 'x7';",
    ].join('\n');
    const specifiers = PATTERNS.flatMap((p) => [...sample.matchAll(p)].map((m) => m[1]));
    expect(specifiers.sort()).toEqual(['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7']);
  });

  it('src-renderer never imports from src-main', () => {
    const offending = importsUnder('src-renderer').filter(
      (i) => (i.resolved !== null && inside('src-main')(i.resolved)) || i.specifier.includes('src-main'),
    );
    expect(offending).toEqual([]);
  });

  it('src-renderer never imports Node, Electron or the database', () => {
    const forbidden = new Set(['electron', 'better-sqlite3', 'kysely', ...builtinModules]);
    const offending = importsUnder('src-renderer').filter(
      (i) => i.specifier.startsWith('node:') || forbidden.has(bare(i.specifier)),
    );
    expect(offending).toEqual([]);
  });

  it('src-shared imports no Node, Electron, React or database module', () => {
    const forbidden = new Set(['electron', 'react', 'react-dom', 'kysely', 'better-sqlite3', ...builtinModules]);
    const offending = importsUnder('src-shared').filter(
      (i) => i.specifier.startsWith('node:') || forbidden.has(bare(i.specifier)),
    );
    expect(offending).toEqual([]);
  });

  it('src-shared imports nothing from src-main or src-renderer', () => {
    const offending = importsUnder('src-shared').filter(
      (i) => i.resolved !== null && !inside('src-shared')(i.resolved),
    );
    expect(offending).toEqual([]);
  });

  it('src-main/core never imports Electron, nor the Electron shell around it', () => {
    const imports = importsUnder('src-main/core');
    expect(imports.filter((i) => bare(i.specifier) === 'electron' || i.specifier.startsWith('@electron'))).toEqual([]);
    const outside = imports.filter(
      (i) =>
        i.resolved !== null &&
        !inside('src-main/core')(i.resolved) &&
        !inside('src-shared')(i.resolved) &&
        // Data shipped with the app (the holiday calendar), bundled by vite: not code of the Electron shell.
        !(inside('resources')(i.resolved) && i.resolved.endsWith('.json')),
    );
    expect(outside).toEqual([]);
  });
});

describe('Electron shell security', () => {
  const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

  it('builds its window from the hardened options and hardens the window and session (tested in shell.test.ts)', () => {
    const main = read('src-main/index.ts');
    expect(main).toMatch(/new BrowserWindow\(mainWindowOptions\(/);
    expect(main.match(/new BrowserWindow\(/g)).toHaveLength(1);
    expect(main).toMatch(/hardenContents\(mainWindow\.webContents/);
    expect(main).toMatch(/hardenSession\(session\.defaultSession\)/);
  });

  it('exposes exactly one function, invoke, through the preload bridge', () => {
    const preload = read('src-main/preload.ts');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    const exposed = /exposeInMainWorld\('ledgerBridge',\s*\{([\s\S]*?)\}\);/.exec(preload)?.[1] ?? '';
    expect(exposed.match(/^\s*(\w+):/gm)?.map((k) => k.trim())).toEqual(['invoke:']);
  });
});
