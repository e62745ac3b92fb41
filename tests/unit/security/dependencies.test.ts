/**
 * `@electron/remote` (and the old `remote` module) must not be in the
 * dependency tree or the source. Reads package.json, package-lock.json and the
 * sources; must not run npm.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as unknown;

type Lock = { packages: Record<string, { dependencies?: Record<string, string> }> };

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx|mjs|js|cjs)$/.test(name) ? [rel] : [];
  });

describe('@electron/remote is absent', () => {
  it('is not a direct dependency', () => {
    const pkg = readJson('package.json') as Record<string, Record<string, string> | undefined>;
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
      expect(Object.keys(pkg[field] ?? {}), field).not.toContain('@electron/remote');
    }
  });

  it('is nowhere in package-lock.json, not even as a transitive dependency', () => {
    const lock = readJson('package-lock.json') as Lock;
    const paths = Object.keys(lock.packages);
    // The lock lists every installed package by path; the check is only meaningful if it is full.
    expect(paths).toContain('node_modules/electron');
    expect(paths.filter((p) => p.endsWith('node_modules/@electron/remote'))).toEqual([]);
    const wanted = Object.entries(lock.packages).filter(
      ([, entry]) => entry.dependencies?.['@electron/remote'] !== undefined,
    );
    expect(wanted.map(([p]) => p)).toEqual([]);
  });

  it('is never imported by the app or its tests', () => {
    const files = ['electron', 'renderer/src', 'shared', 'tests'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((f) => {
      if (f === join('tests', 'unit', 'security', 'dependencies.test.ts')) return false;
      const text = readFileSync(join(ROOT, f), 'utf8');
      return /['"]@electron\/remote['"]|enableRemoteModule|electron\.remote\b/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});

describe('Electron itself', () => {
  it('is pinned exactly to a supported major (45 or later)', () => {
    const pkg = readJson('package.json') as { devDependencies: Record<string, string> };
    const version = pkg.devDependencies.electron ?? '';
    // Exact pin: digits and dots only, no ^ or ~ range.
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(45);
    const lock = readJson('package-lock.json') as {
      packages: Record<string, { version?: string }>;
    };
    expect(lock.packages['node_modules/electron']?.version).toBe(version);
  });
});
