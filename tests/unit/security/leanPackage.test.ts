/**
 * The package carries nothing it never loads (issue 17, item 7): package.json
 * has no `dependencies`, so electron-builder copies no node_modules into
 * app.asar; the renderer bundles its libraries and out/main bundles zod, so the
 * built main imports nothing but `electron` and Node's own modules. Reads the
 * builder config through electron-builder's loader and the built main; builds
 * it first (electron-vite) when out/main is missing or older than its sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const require = createRequire(join(ROOT, 'package.json'));
const OUT_MAIN = join(ROOT, 'out/main');

const newestMtime = (path: string): number => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
};

/** Builds when out/main/index.js is missing or older than main's sources. */
const ensureBuiltMain = () => {
  const built = join(OUT_MAIN, 'index.js');
  const sources = ['electron', 'shared', 'package.json', 'electron.vite.config.ts'].map((p) =>
    newestMtime(join(ROOT, p)),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources)) return;
  const cli = join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stderr}`);
};

/** Every module specifier a built ES module imports (static, side-effect and dynamic). */
const importedSpecifiers = (code: string): string[] => {
  const found = new Set<string>();
  const patterns = [
    /^\s*import\s+(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/gm,
    /^\s*export\s+[^'";]*?\sfrom\s+["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.add(m[1] ?? '');
  return [...found];
};

type BuilderConfig = { files?: (string | { filter?: string[] })[]; asar?: boolean };
const { getConfig } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig: (dir: string, path: string | null, extra: null) => Promise<BuilderConfig>;
};

describe('a lean package', () => {
  beforeAll(ensureBuiltMain, 120_000);

  it('package.json has no runtime dependencies for electron-builder to copy', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
    // The libraries are still installed for the build, as devDependencies.
    for (const name of ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'recharts', 'zod'])
      expect(pkg.devDependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('the builder config ships no node_modules', async () => {
    const { files, asar } = await getConfig(ROOT, null, null);
    const patterns = (files ?? []).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])));
    expect(patterns.filter((p) => !p.startsWith('!') && p.includes('node_modules'))).toEqual([]);
    expect(asar).toBe(true);
  });

  it('the built main imports only electron and node: modules, with zod bundled in', () => {
    const files = readdirSync(OUT_MAIN).filter((f) => /\.(m|c)?js$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const foreign: string[] = [];
    let code = '';
    for (const file of files) {
      code += readFileSync(join(OUT_MAIN, file), 'utf8');
    }
    for (const specifier of importedSpecifiers(code)) {
      const ok =
        specifier === 'electron' || specifier.startsWith('node:') || specifier.startsWith('./');
      if (!ok) foreign.push(specifier);
    }
    expect(foreign).toEqual([]);
    expect(code).toContain('$ZodError');
  });

  it('importedSpecifiers finds a bare package import (so the check above can fail)', () => {
    const code =
      'import { z } from "zod";\nimport "side-effect";\nconst m = await import("react");\nimport { app } from "electron";';
    expect(importedSpecifiers(code).sort()).toEqual(['electron', 'react', 'side-effect', 'zod']);
  });
});
