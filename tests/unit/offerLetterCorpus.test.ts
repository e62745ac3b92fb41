/**
 * The offer-letter corpus: every synthetic letter in
 * tests/fixtures/offer-letters is read the way the app reads it (the file
 * opener's text, then the extractor) and compared field by field with its
 * hand-written expected-extraction JSON. Reports precision and recall over
 * all fields; precision must be 100% (no wrong figure is ever filled,
 * ticked or not) and recall at least 90%.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../../electron/main/services/letterText';
import { extractOfferLetter, type LetterFields } from '../../shared/domain/offerLetter/extract';

const DIR = join(import.meta.dirname, '../fixtures/offer-letters');
const letters = readdirSync(DIR)
  .filter((f) => /\.(txt|html|eml|pdf)$/.test(f))
  .sort();

type Expected = Record<string, unknown> & { _notes?: string[] };

const comparable = (field: string, value: unknown): unknown => {
  if (field === 'vesting' && value && typeof value === 'object') {
    const v = value as { preset: string; yearPct: number[] };
    return { preset: v.preset, yearPct: v.yearPct };
  }
  return value;
};

const results = letters.map((file) => ({
  file,
  expected: JSON.parse(
    readFileSync(join(DIR, file.replace(/\.\w+$/, '.json')), 'utf8'),
  ) as Expected,
}));

describe('offer-letter corpus', () => {
  it('has at least 15 letters, each with an expected extraction', () => {
    expect(letters.length).toBeGreaterThanOrEqual(15);
  });

  it('fills no wrong figure (100% precision) and finds at least 90% of them (recall)', async () => {
    let truePos = 0;
    let falsePos = 0;
    let falseNeg = 0;
    const problems: string[] = [];
    for (const { file, expected } of results) {
      const read = await readLetterFile(join(DIR, file));
      if (read.kind !== 'text') throw new Error(`${file}: ${read.kind}`);
      const got = extractOfferLetter(read.text);
      const fields = got.fields as Partial<
        Record<
          keyof LetterFields,
          { value: unknown; raw: string; span: { from: number; to: number } }
        >
      >;
      for (const [field, found] of Object.entries(fields)) {
        if (!found) continue;
        // Every figure points at text that is really there.
        expect(read.text.slice(found.span.from, found.span.to).length).toBeGreaterThan(0);
        if (!(field in expected)) {
          falsePos++;
          problems.push(`${file}: ${field} = ${JSON.stringify(found.value)} not expected`);
        } else if (
          JSON.stringify(comparable(field, found.value)) !== JSON.stringify(expected[field])
        ) {
          falsePos++;
          problems.push(
            `${file}: ${field} = ${JSON.stringify(comparable(field, found.value))}, expected ${JSON.stringify(expected[field])}`,
          );
        } else truePos++;
      }
      for (const field of Object.keys(expected)) {
        if (field.startsWith('_')) continue;
        if (!(field in fields)) {
          falseNeg++;
          problems.push(`${file}: ${field} missed (expected ${JSON.stringify(expected[field])})`);
        }
      }
      if (expected._notes?.includes('options')) {
        if (!got.notes.some((n) => /stock options, not RSUs/.test(n.text)))
          problems.push(`${file}: options not called out`);
      }
    }
    const precision = truePos / (truePos + falsePos);
    const recall = truePos / (truePos + falseNeg);
    console.info(
      `offer-letter corpus: ${letters.length} letters, ${truePos} right, ${falsePos} wrong, ${falseNeg} missed — precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%\n${problems.join('\n')}`,
    );
    expect(problems.filter((p) => !p.includes('missed'))).toEqual([]);
    expect(falsePos).toBe(0);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
