// Build config for the three runtimes. The preload is bundled as one CommonJS
// file because sandboxed preloads can neither be ES modules nor require
// anything but `electron`.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/** The import aliases of tsconfig.base.json's `paths`, for every bundle. */
const alias = {
  '@shared': resolve(import.meta.dirname, 'shared'),
  '@renderer': resolve(import.meta.dirname, 'renderer/src'),
};

export default defineConfig({
  main: {
    resolve: { alias },
    // electron-vite externalizes only package.json `dependencies`, and there are none: zod, main's one
    // runtime library, is bundled into out/main, so the package needs no node_modules
    // (tests/unit/security/leanPackage.test.ts).
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    resolve: { alias },
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      minify: true,
      sourcemap: false,
      modulePreload: {
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'js' ? [] : deps),
      },
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
