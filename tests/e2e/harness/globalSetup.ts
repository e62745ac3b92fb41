/** Runs once before the e2e suite: checks the build exists and bundles the page preload. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPagePreload } from './buildPreload';
import { RENDERER_DIR } from './server';

export default async function globalSetup(): Promise<void> {
  if (!existsSync(resolve(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` before the e2e tests.');
  }
  await buildPagePreload();
}
