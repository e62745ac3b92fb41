// Child process for the crash-safety test. It imports the real atomicWrite
// (compiled from electron/main/services/atomicWrite.ts by the parent test,
// path in argv[2]), says "ready", and on "go" rewrites argv[3] forever,
// alternating between the contents of argv[4] and argv[5], until the parent
// kills it with SIGKILL. Starting before "go" lets the parent boot the next
// child while it kills the current one.
import { readFileSync } from 'node:fs';

const [modulePath, target, oldFile, newFile] = process.argv.slice(2);
const { atomicWrite } = await import(modulePath);
const contents = [readFileSync(newFile), readFileSync(oldFile)];

process.once('message', async () => {
  for (let i = 0; ; i++) {
    await atomicWrite(target, contents[i % 2]);
  }
});
process.send?.('ready');
