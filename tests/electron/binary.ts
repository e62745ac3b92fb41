/** Whether the Electron binary is installed, for the smoke test and its setup. */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(join(ROOT, 'package.json'));

/** Why the smoke test is skipped when the binary is missing. */
export const MISSING_BINARY =
  'Electron smoke test skipped: the Electron binary is not installed (node_modules/electron/path.txt or dist/ is missing). Run `npx install-electron` where it can be downloaded, then `npm run test:electron`.';

/** True when `npm run test:electron` can start the real Electron. */
export const hasElectronBinary = async (): Promise<boolean> => {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  const { electronBinary } = (await import(join(ROOT, 'scripts/electronBinary.mjs'))) as {
    electronBinary: (dir: string) => string | null;
  };
  return electronBinary(dirname(require.resolve('electron/package.json'))) !== null;
};
