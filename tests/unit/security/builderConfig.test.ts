/**
 * The installer configuration, read the way the packager reads it:
 * electron-builder's own loader finds electron-builder.yml, and its schema
 * validator accepts it. Asserts the fuses, the targets per platform, the icon
 * and what goes into the package. Packaging itself needs the Electron binary
 * and does not run here. Must not download or package anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const require = createRequire(join(ROOT, 'package.json'));

type TargetList = (string | { target: string })[];
type BuilderConfig = {
  appId?: string;
  asar?: boolean;
  files?: { filter?: string[] }[] | string[];
  electronFuses?: Record<string, boolean>;
  linux?: { target?: TargetList; icon?: string };
  mac?: { target?: TargetList; icon?: string };
  win?: { target?: TargetList; icon?: string };
};
type ConfigModule = {
  getConfig: (dir: string, path: string | null, extra: null) => Promise<BuilderConfig>;
  validateConfiguration: (config: BuilderConfig, logger: unknown) => Promise<void>;
};

// Deep path into app-builder-lib (electron-builder's engine, pinned with it).
const configModule = require('app-builder-lib/out/util/config/config.js') as ConfigModule;
const { DebugLogger } = require('builder-util') as { DebugLogger: new (on: boolean) => unknown };

const load = () => configModule.getConfig(ROOT, null, null);
const validate = (config: BuilderConfig) =>
  configModule.validateConfiguration(config, new DebugLogger(false));
const targets = (list: TargetList | undefined) =>
  (list ?? []).map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('is the only build configuration (no "build" key in package.json)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as object;
    expect(pkg).not.toHaveProperty('build');
    expect(existsSync(join(ROOT, 'electron-builder.yml'))).toBe(true);
  });

  it('passes electron-builder’s own schema validation', async () => {
    await expect(validate(await load())).resolves.toBeUndefined();
  });

  it('schema validation would catch a misspelt fuse (so the check above can fail)', async () => {
    const config = await load();
    const broken = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } };
    await expect(validate(broken)).rejects.toThrow();
  });

  it('sets every fuse the security checklist asks for', async () => {
    const { electronFuses } = await load();
    expect(electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs into an asar archive (onlyLoadAppFromAsar needs one)', async () => {
    expect((await load()).asar).toBe(true);
  });

  it('builds deb first (the primary Linux target, it starts under Ubuntu 24.04+ AppArmor) then AppImage, dmg on macOS, nsis on Windows', async () => {
    const config = await load();
    expect(targets(config.linux?.target)).toEqual(['deb', 'AppImage']);
    expect(targets(config.mac?.target)).toEqual(['dmg']);
    expect(targets(config.win?.target)).toEqual(['nsis']);
  });

  it('uses the 512×512 icon from resources/ on every platform', async () => {
    const config = await load();
    for (const platform of [config.linux, config.mac, config.win])
      expect(platform?.icon).toBe('resources/icon.png');
    const png = readFileSync(join(ROOT, 'resources/icon.png'));
    // PNG signature, then the IHDR chunk: width at bytes 16–19, height at 20–23 (big-endian).
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
  });

  it('ships only package.json, the built app and resources/', async () => {
    const { files } = await load();
    const patterns = (files ?? []).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])));
    const included = patterns.filter((p) => !p.startsWith('!'));
    expect(included.sort()).toEqual(
      ['package.json', 'out/main/**', 'out/preload/**', 'out/renderer/**', 'resources/**'].sort(),
    );
  });

  it('has a dist script that builds before packaging', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.dist).toBe('electron-vite build && electron-builder');
  });
});
