// Electron 42+ downloads its binary the first time it is required, not at
// install. Fetch it now with Electron's own `install-electron`, so `npm start`
// works straight after `npm ci`. Where the download is impossible (offline CI),
// say so in one line and let the install succeed: the tests never start it,
// and `prestart` tries again before `npm start`.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { electronBinary, runInstallElectron } from './electronBinary.mjs';

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) process.exit(0);
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
if (!electronBinary(electronDir)) {
  const result = runInstallElectron(electronDir);
  if (result.status !== 0) {
    const reason =
      (result.stderr || '').split('\n').find((line) => line.trim().length > 0) ?? 'unknown error';
    console.warn(
      `crossroads: could not download the Electron binary (${reason.trim().slice(0, 160)}); npm start needs it and will try again, npm test does not.`,
    );
  }
}
