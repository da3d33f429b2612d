import { ESLint } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layers of the app: src-shared runs in the renderer and the main process alike; src-main/core runs without
// Electron (tests, web server); src-renderer talks to the core only through the API. eslint.config.js enforces them
// (`npm test` lints the whole tree with it); these tests prove each rule refuses what it must, on the real config.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The layer rules' complaints about `code` placed at `file` (a path in the tree; it need not exist). */
async function layerViolations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'import-x/no-restricted-paths')
    .map((m) => m.message);
}

const use = (specifier: string) => `import * as imported from '${specifier}';\nexport const used = imported;\n`;

describe('import boundaries (eslint.config.js)', () => {
  it('src-renderer never imports from src-main', async () => {
    expect(await layerViolations('src-renderer/src/pages/X.tsx', use('../../../src-main/core/db/open'))).toHaveLength(
      1,
    );
    expect(await layerViolations('src-renderer/src/pages/X.tsx', use('../../../src-shared/dates'))).toEqual([]);
  });

  it('src-renderer never imports Node, Electron or the database', async () => {
    for (const specifier of [
      'node:fs',
      'fs',
      'path',
      'electron',
      'better-sqlite3',
      'kysely',
      'kysely/helpers/sqlite',
    ]) {
      expect(await layerViolations('src-renderer/src/lib/x.ts', use(specifier)), specifier).toHaveLength(1);
    }
    const button = "import { Button } from '@mantine/core';\nexport const used = Button;\n";
    expect(await layerViolations('src-renderer/src/lib/x.ts', button)).toEqual([]);
  });

  it("src-renderer picks from lists through ChoiceSelect, never Mantine's Select that drops typed Chinese", async () => {
    const select = "import { Select } from '@mantine/core';\nexport const used = Select;\n";
    expect(await layerViolations('src-renderer/src/pages/X.tsx', select)).toHaveLength(1);
    expect(await layerViolations('src-renderer/src/components/ChoiceSelect.tsx', select)).toEqual([]);
  });

  it('src-shared imports no Node, Electron, React or database module', async () => {
    for (const specifier of ['node:path', 'os', 'electron', 'react', 'react-dom/client', 'kysely', 'better-sqlite3']) {
      expect(await layerViolations('src-shared/x.ts', use(specifier)), specifier).toHaveLength(1);
    }
    expect(await layerViolations('src-shared/x.ts', use('zod'))).toEqual([]);
  });

  it('src-shared imports nothing from src-main or src-renderer', async () => {
    expect(await layerViolations('src-shared/x.ts', use('../src-main/core/errors'))).toHaveLength(1);
    expect(await layerViolations('src-shared/x.ts', use('../src-renderer/src/lib/api'))).toHaveLength(1);
    expect(await layerViolations('src-shared/registers/x.ts', use('../codes'))).toEqual([]);
  });

  it('src-main/core never imports Electron, nor the Electron shell or web server around it', async () => {
    expect(await layerViolations('src-main/core/x.ts', use('electron'))).toHaveLength(1);
    expect(await layerViolations('src-main/core/x.ts', use('../shell/security'))).toHaveLength(1);
    expect(await layerViolations('src-main/core/db/x.ts', use('../../web'))).toHaveLength(1);
    expect(await layerViolations('src-main/core/db/x.ts', use('../../../src-renderer/src/lib/api'))).toHaveLength(1);
    // Its own folders, the contract, and data shipped with the app (the holiday calendar) are fine.
    expect(await layerViolations('src-main/core/db/x.ts', use('../errors'))).toEqual([]);
    expect(await layerViolations('src-main/core/db/x.ts', use('../../../src-shared/codes'))).toEqual([]);
    expect(await layerViolations('src-main/core/db/x.ts', use('node:fs'))).toEqual([]);
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
