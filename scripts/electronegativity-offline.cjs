// Preloaded into the Electronegativity scanner (node -r). The scanner uses an
// old `got` for two downloads it can do without: translations (English is
// bundled) and Electron's release list (for its "available security fixes"
// check, which it skips when offline). Offline, a failed request throws inside
// p-cancelable on Node >= 22 and kills the whole scan. Here both downloads are
// answered with an immediate refusal instead: no network request is made, and
// the scanner takes its own "no connectivity" paths. Every code check still runs.
const Module = require('node:module');

const refuse = () => Promise.reject(new Error('No downloads during the scan.'));
const offlineGot = Object.assign(refuse, { head: refuse, get: refuse });

const load = Module._load;
Module._load = function loadWithoutDownloads(request, parent, isMain) {
  if (request === 'got' && /electronegativity[\\/]dist[\\/]/.test(parent?.filename ?? '')) {
    return offlineGot;
  }
  return load.call(this, request, parent, isMain);
};
