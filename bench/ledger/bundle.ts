import path from 'node:path';
import { build } from 'vite';

// The measuring child (measureChild.ts) bundled as the app's core is: one ES module, node_modules left outside, with
// the backup worker beside it as in out/main.

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const OUT_DIR = path.join(ROOT, 'bench', '.cache', 'bundle');

/** Builds the measuring child and returns the file to run with node. */
export async function bundleMeasureChild(): Promise<string> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir: OUT_DIR,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: {
        // The backup worker beside it, under the name src-main/core/backup/worker.ts looks for.
        input: {
          measureChild: path.join(ROOT, 'bench', 'ledger', 'measureChild.ts'),
          'backup-worker': path.join(ROOT, 'src-main', 'core', 'backup', 'workerThread.ts'),
        },
        output: {
          format: 'es',
          entryFileNames: (chunk) => (chunk.name === 'backup-worker' ? '[name].js' : '[name].mjs'),
        },
      },
    },
  });
  return path.join(OUT_DIR, 'measureChild.mjs');
}
