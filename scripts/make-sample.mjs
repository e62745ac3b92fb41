// Assembles resources/sample/sample-workbook.crossroads.json from the parts in
// resources/sample/src/*.json (one per feature, so features edit their own
// part) and wraps them in the workbook envelope with its SHA-256. Dates in the
// parts are written relative to the envelope's `writtenAt`; the app shifts them
// to today when the sample is opened. Run: node scripts/make-sample.mjs
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const srcDir = join(root, 'resources/sample/src');
const payload = {
  workbook: null,
  offers: [],
  assessments: [],
  prepItems: [],
  rounds: [],
  questions: [],
  mockAnswers: [],
};
for (const file of readdirSync(srcDir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const part = JSON.parse(readFileSync(join(srcDir, file), 'utf8'));
  for (const [key, value] of Object.entries(part)) {
    if (!(key in payload)) throw new Error(`${file}: unknown key ${key}`);
    if (Array.isArray(payload[key])) payload[key].push(...value);
    else payload[key] = value;
  }
}
if (!payload.workbook) throw new Error('no workbook part');
const envelope = {
  format: 'crossroads-workbook',
  schemaVersion: 1,
  appVersion: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
  writtenAt: payload.workbook.createdAt,
  sha256: createHash('sha256').update(JSON.stringify(payload)).digest('hex'),
  payload,
};
writeFileSync(
  join(root, 'resources/sample/sample-workbook.crossroads.json'),
  `${JSON.stringify(envelope, null, 2)}\n`,
);
console.log(
  `sample: ${payload.offers.length} offers, ${payload.prepItems.length} prep items, ${payload.rounds.length} rounds`,
);
