/**
 * The Electronegativity gate (scripts/electronegativity.mjs) fails on HIGH
 * findings unless an allowlist entry explains them AND its evidence is in the
 * built code at the reported place. Runs the script as `npm test` does, but on
 * hand-made reports (`--csv`) over a hand-made `out/`, so each case is known.
 * Must not run the scanner itself (the real run is `npm run security:scan`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve(import.meta.dirname, '../../../scripts/electronegativity.mjs');
const HEADER = 'issue, severity, confidence, filename, location, sample, description, url';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crossroads-eng-test-'));
  mkdirSync(join(dir, 'out', 'main'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SAFE_MAIN = [
  'import { BrowserWindow } from "electron";', // line 1
  'var create = () => {', // line 2
  '\tconst win = new BrowserWindow({', // line 3
  '\t\tshow: false,',
  '\t\twebPreferences: secureWebPreferences(options.preloadPath)',
  '\t});',
  '};',
].join('\n');

const UNSAFE_MAIN = [
  'import { BrowserWindow } from "electron";',
  'var create = () => {',
  '\tconst win = new BrowserWindow({', // line 3
  '\t\twebPreferences: { ...secureWebPreferences(p), contextIsolation: false }',
  '\t});',
  '};',
].join('\n');

const row = (issue: string, severity: string, file: string, location: string) =>
  `${issue},"${severity}","FIRM","${file}","${location}","const win = new BrowserWindow({","a, ""quoted"" description",https://example.com/${issue}`;

const run = (mainJs: string, rows: string[]) => {
  writeFileSync(join(dir, 'out', 'main', 'index.js'), mainJs);
  writeFileSync(join(dir, 'report.csv'), [HEADER, ...rows].join('\n'));
  const result = spawnSync(
    process.execPath,
    [SCRIPT, '--input', join(dir, 'out'), '--csv', join(dir, 'report.csv')],
    { encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

describe('electronegativity gate', () => {
  it('passes an explained HIGH finding whose evidence is in the built code', () => {
    const { status, output } = run(SAFE_MAIN, [
      row('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/index.js', '3:13'),
    ]);
    expect(output).toContain('HIGH explained CONTEXT_ISOLATION_JS_CHECK at main/index.js:3:13');
    expect(output).toContain('1 findings, 1 HIGH, 0 unexplained problems.');
    expect(status).toBe(0);
  });

  it('fails the same finding when the window overrides contextIsolation', () => {
    const { status, output } = run(UNSAFE_MAIN, [
      row('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/index.js', '3:13'),
    ]);
    expect(output).toContain('FAIL CONTEXT_ISOLATION_JS_CHECK at main/index.js:3:13');
    expect(status).toBe(1);
  });

  it('fails when the reported line is not where the evidence is', () => {
    // From line 6 the 20-line window holds only lines 6–7 ("});", "};"); the evidence is on line 5.
    const { status } = run(SAFE_MAIN, [
      row('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/index.js', '6:1'),
    ]);
    expect(status).toBe(1);
  });

  it('fails a HIGH finding no allowlist entry explains', () => {
    const { status, output } = run(SAFE_MAIN, [
      row('NODE_INTEGRATION_JS_CHECK', 'HIGH', 'main/index.js', '3:13'),
    ]);
    expect(output).toContain('no allowlist entry for this check/file');
    expect(status).toBe(1);
  });

  it('fails an allowlisted check reported in another file', () => {
    mkdirSync(join(dir, 'out', 'renderer'), { recursive: true });
    writeFileSync(join(dir, 'out', 'renderer', 'x.js'), SAFE_MAIN);
    const { status } = run(SAFE_MAIN, [
      row('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'renderer/x.js', '3:13'),
    ]);
    expect(status).toBe(1);
  });

  it('lists MEDIUM findings without failing', () => {
    const { status, output } = run(SAFE_MAIN, [
      row('AUXCLICK_JS_CHECK', 'MEDIUM', 'main/index.js', '3:13'),
      row('CSP_GLOBAL_CHECK', 'MEDIUM', 'N/A', '0:0'),
    ]);
    expect(output).toContain('AUXCLICK_JS_CHECK at main/index.js:3:13 (listed, not gated)');
    expect(output).toContain('2 findings, 0 HIGH, 0 unexplained problems.');
    expect(status).toBe(0);
  });

  it('fails on a forbidden override in the main bundle even with no finding', () => {
    const { status, output } = run(`${SAFE_MAIN}\nconst x = { nodeIntegration: true };`, []);
    expect(output).toContain('forbidden override');
    expect(status).toBe(1);
  });

  it('fails when the report is empty or the build output is missing', () => {
    writeFileSync(join(dir, 'empty.csv'), '');
    const empty = spawnSync(
      process.execPath,
      [SCRIPT, '--input', join(dir, 'out'), '--csv', join(dir, 'empty.csv')],
      { encoding: 'utf8' },
    );
    expect(empty.status).toBe(1);
    const missing = spawnSync(process.execPath, [SCRIPT, '--input', join(dir, 'nope')], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('does not exist');
  });
});
