/**
 * Features import neither each other nor app/ (issue 15, item 6): biome.json
 * gives each `renderer/src/features/<f>/**` a restricted-import rule. This runs the
 * project's Biome with the project's biome.json on probe files laid out as in
 * the tree (in a temporary folder, so the real tree is never touched) and
 * checks that the rule bites on both alias and relative imports of another
 * feature or of app/, and stays quiet for a feature's own files and the layers below.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIOME = join(ROOT, 'node_modules/@biomejs/biome/bin/biome');

type Diagnostic = { category?: string; location?: { path?: { file?: string } | string } };

/** Probes that must be flagged: path in the tree → the import it makes. */
const FORBIDDEN_PROBES: Record<string, string> = {
  // Another feature, by alias and by every relative depth.
  'renderer/src/features/fit/aliasToOffers.ts': '@renderer/features/offers/mutations',
  'renderer/src/features/fit/relativeToPrep.ts': '../prep/mutations',
  'renderer/src/features/fit/components/deepRelativeToWorkbook.ts': '../../workbook/mutations',
  'renderer/src/features/offers/components/charts/deeperToSummary.ts':
    '../../../summary/summaryModel',
  'renderer/src/features/prep/barePackageOfFit.ts': '@renderer/features/fit',
  'renderer/src/features/workbook/toPrint.ts': '@renderer/features/summary/print/PrintApp',
  'renderer/src/features/summary/print/toOffers.ts': '@renderer/features/offers/OffersPage',
  // The app shell above the features, by alias and relative path.
  'renderer/src/features/summary/aliasToApp.ts': '@renderer/app/Shell',
  'renderer/src/features/fit/relativeToApp.ts': '../../app/App',
  'renderer/src/features/offers/components/deepRelativeToApp.ts': '../../../app/persistence',
  'renderer/src/features/summary/print/deepRelativeToApp.ts': '../../../app/Shell',
  'renderer/src/features/workbook/bareApp.ts': '@renderer/app',
};

/** Probes that must pass: the feature's own files and the layers below. */
const ALLOWED_PROBES: Record<string, string> = {
  'renderer/src/features/offers/ownAlias.ts': '@renderer/features/offers/mutations',
  'renderer/src/features/offers/components/ownRelative.ts': '../mutations',
  'renderer/src/features/offers/letter/sibling.ts': './useLetterExtraction',
  'renderer/src/features/summary/print/ownParent.ts': '../summaryModel',
  'renderer/src/features/prep/lowerLayers.ts': '@renderer/lib/dates',
  'renderer/src/features/fit/components/toComponents.ts': '../../../components/Field',
  'renderer/src/features/summary/sharedComponent.ts': '@renderer/components/offers/VerdictStrip',
  'renderer/src/features/workbook/lib.ts': '@renderer/lib/routes',
  'renderer/src/features/prep/db.ts': '@renderer/db/queries',
  'renderer/src/features/fit/shared.ts': '@shared/domain/comp',
};
const PROBES = { ...FORBIDDEN_PROBES, ...ALLOWED_PROBES };
const FORBIDDEN = Object.keys(FORBIDDEN_PROBES);
const ALLOWED = Object.keys(ALLOWED_PROBES);

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

describe('biome.json: features import neither each other nor app/', () => {
  it.each(FORBIDDEN)('flags %s', (path) => {
    expect([...flagged]).toContain(path);
  });

  it.each(ALLOWED)('lets %s through', (path) => {
    expect([...flagged]).not.toContain(path);
  });
});
