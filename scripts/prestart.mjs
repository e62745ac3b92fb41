// `npm start` runs this first: fetch the Electron binary if an offline install
// left it out, or stop with one clear line instead of "Electron uninstall".

import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { ensureElectron } from './electronBinary.mjs';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const outcome = ensureElectron({ electronDir });
if (!outcome.ok) {
  console.error(outcome.message);
  process.exit(1);
}
