/**
 * Features never import each other (issue 15, item 6): biome.json gives each
 * `renderer/src/features/<f>/**` a restricted-import rule. This runs the
 * project's Biome with the project's biome.json on probe files laid out as in
 * the tree (in a temporary folder, so the real tree is never touched) and
 * checks that the rule bites on both alias and relative imports of another
 * feature, and stays quiet for a feature's own files and the layers below.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIOME = join(ROOT, 'node_modules/@biomejs/biome/bin/biome');

type Diagnostic = { category?: string; location?: { path?: { file?: string } | string } };

/** Probe files: path in the tree → the import it makes. */
const PROBES: Record<string, string> = {
  // Forbidden: another feature, by alias and by every relative depth.
  'renderer/src/features/fit/aliasToOffers.ts': '@renderer/features/offers/hooks/useOffers',
  'renderer/src/features/fit/relativeToPrep.ts': '../prep/hooks/usePrep',
  'renderer/src/features/fit/components/deepRelativeToWorkbook.ts': '../../workbook/mutations',
  'renderer/src/features/offers/components/charts/deeperToSummary.ts':
    '../../../summary/summaryModel',
  'renderer/src/features/prep/barePackageOfFit.ts': '@renderer/features/fit',
  'renderer/src/features/workbook/toPrint.ts': '@renderer/features/print/PrintApp',
  // Allowed: the feature's own files and the lower layers.
  'renderer/src/features/offers/ownAlias.ts': '@renderer/features/offers/hooks/useOffers',
  'renderer/src/features/offers/components/ownRelative.ts': '../mutations',
  'renderer/src/features/offers/letter/sibling.ts': './useLetterExtraction',
  'renderer/src/features/prep/lowerLayers.ts': '@renderer/lib/dates',
  'renderer/src/features/fit/components/toComponents.ts': '../../../components/Field',
};
const FORBIDDEN = Object.keys(PROBES).slice(0, 6);
const ALLOWED = Object.keys(PROBES).slice(6);

let dir = '';
let flagged = new Set<string>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crossroads-boundaries-'));
  copyFileSync(join(ROOT, 'biome.json'), join(dir, 'biome.json'));
  for (const [path, from] of Object.entries(PROBES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(
      join(dir, path),
      `import * as probe from '${from}';\nexport const all = probe;\n`,
    );
  }
  const run = spawnSync(
    process.execPath,
    [BIOME, 'lint', '--reporter=json', '--max-diagnostics=none', '--vcs-enabled=false', '.'],
    { cwd: dir, encoding: 'utf8' },
  );
  const report = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
  flagged = new Set(
    report.diagnostics
      .filter((d) => d.category === 'lint/style/noRestrictedImports')
      .map((d) => {
        const path = d.location?.path;
        return (typeof path === 'string' ? path : (path?.file ?? '')).replace(/\\/g, '/');
      }),
  );
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('biome.json: features never import each other', () => {
  it.each(FORBIDDEN)('flags %s', (path) => {
    expect([...flagged]).toContain(path);
  });

  it.each(ALLOWED)('lets %s through', (path) => {
    expect([...flagged]).not.toContain(path);
  });
});
