/**
 * A floor's page: one of the bare pages `setup.ts` builds under `out/bench/floors`, served by the
 * e2e harness's renderer server and opened in a fresh headless Chromium (the e2e flags), so a
 * floor shares nothing with the app's browser it is compared with.
 */
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/fixtures';
import { startRendererServer } from '../tests/e2e/harness/server';
import { FLOORS_DIR } from './recorder';

/** Runs `use` on a blank page with floors/`dir` served at `origin`, then closes the browser and server. */
export const onFloorPage = async <T>(
  dir: string,
  use: (page: Page, origin: string) => Promise<T>,
): Promise<T> => {
  const server = await startRendererServer(resolve(FLOORS_DIR, dir));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return await use(await browser.newPage(), server.origin);
  } finally {
    await browser.close();
    await server.close();
  }
};
