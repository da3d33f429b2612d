import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './src-main/shell/security';

/** The built page carries its CSP itself too: a desktop window loads it from file://, where no header applies. */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// main: the Electron entry and the `npm run web` server share one build (out/main), both over src-main/core, with the
// backup worker beside them.
// preload: CommonJS, because a sandboxed preload cannot be an ES module.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('src-main/index.ts'),
          web: resolve('src-main/web.ts'),
          // Started as a worker thread by src-main/core/backup/worker.ts, which looks for it beside the bundle.
          'backup-worker': resolve('src-main/core/backup/workerThread.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('src-main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react(), cspMeta()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      // One bundle loaded from disk, never over a network: its size does not matter the way a website's would.
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: { index: resolve('src-renderer/index.html') } },
    },
  },
});
