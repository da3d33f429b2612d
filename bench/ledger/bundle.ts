import path from 'node:path';
import { build } from 'vite';

// The measuring child (measureChild.ts) bundled as the app's core is: one ES module, node_modules left outside.

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const OUT_DIR = path.join(ROOT, 'bench', '.cache', 'bundle');

/** Builds the measuring child and returns the file to run with node. */
export async function bundleMeasureChild(): Promise<string> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      ssr: path.join(ROOT, 'bench', 'ledger', 'measureChild.ts'),
      outDir: OUT_DIR,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
  });
  return path.join(OUT_DIR, 'measureChild.mjs');
}
