import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { DEV_PAGE_CSP, PAGE_CSP } from './electron/shared/csp';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The page's CSP <meta>, written from the one declaration in
 * electron/shared/csp.ts (renderer/index.html carries none of its own), first
 * in <head> so it governs everything after it; `npm run dev` gets the dev
 * server's relaxed policy from there too.
 */
const cspMeta: Plugin = {
  name: 'pizhu-csp-meta',
  transformIndexHtml: (_html, context) => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: context.server ? DEV_PAGE_CSP : PAGE_CSP,
      },
      injectTo: 'head-prepend',
    },
  ],
};

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload must be one CommonJS file that requires nothing but 'electron'.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), cspMeta],
    build: {
      // electron-vite leaves bundles unminified; the page's script is fetched and compiled on every open, so it is minified.
      minify: true,
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
