/** Builds what the benchmarks compare against: the page preload, the two start-up floors, the edit floor and the typing floor. */
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import globalSetup from '../tests/e2e/harness/globalSetup';
import { FLOORS_DIR, RESULTS_PARTS_DIR } from './recorder';

export default async function setup(): Promise<void> {
  await globalSetup();
  await rm(RESULTS_PARTS_DIR, { recursive: true, force: true });
  await mkdir(RESULTS_PARTS_DIR, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(import.meta.dirname, 'floors/stack'),
    base: './',
    plugins: [react()],
    build: { outDir: resolve(FLOORS_DIR, 'stack'), emptyOutDir: true, minify: true },
  });
  await mkdir(resolve(FLOORS_DIR, 'blank'), { recursive: true });
  await copyFile(
    resolve(import.meta.dirname, 'floors/blank.html'),
    resolve(FLOORS_DIR, 'blank/index.html'),
  );
  await copyFile(
    resolve(import.meta.dirname, 'floors/blank.js'),
    resolve(FLOORS_DIR, 'blank/blank.js'),
  );
  await mkdir(resolve(FLOORS_DIR, 'typing'), { recursive: true });
  await copyFile(
    resolve(import.meta.dirname, 'floors/typing/index.html'),
    resolve(FLOORS_DIR, 'typing/index.html'),
  );
  await mkdir(resolve(FLOORS_DIR, 'edit'), { recursive: true });
  for (const file of ['index.html', 'edit.js']) {
    await copyFile(
      resolve(import.meta.dirname, 'floors/edit', file),
      resolve(FLOORS_DIR, 'edit', file),
    );
  }
}
