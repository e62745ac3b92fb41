/** Bundles pagePreload.ts to one IIFE file the fixture injects with addInitScript. */
import { resolve } from 'node:path';
import { build } from 'vite';

export const PAGE_PRELOAD_OUT = resolve(import.meta.dirname, '../../../out/e2e');
export const PAGE_PRELOAD_FILE = resolve(PAGE_PRELOAD_OUT, 'pagePreload.js');

export const buildPagePreload = async (): Promise<void> => {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: PAGE_PRELOAD_OUT,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: resolve(import.meta.dirname, 'pagePreload.ts'),
        formats: ['iife'],
        name: 'crossroadsTestPreload',
        fileName: () => 'pagePreload.js',
      },
    },
  });
};
