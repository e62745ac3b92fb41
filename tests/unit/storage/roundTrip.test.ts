/** Property: any valid workbook survives encode → bytes → decode unchanged. */

import { WorkbookDataSchema } from '@shared/schemas/records';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWorkbook, encodeWorkbook } from '../../../electron/main/services/envelope';
import { workbookDataArb } from './arbitraries';

describe('workbook envelope round trip', () => {
  it('the arbitrary only produces snapshots the schema returns unchanged', () => {
    fc.assert(
      fc.property(workbookDataArb, (data) => {
        expect(WorkbookDataSchema.parse(data)).toEqual(data);
      }),
      { numRuns: 100 },
    );
  });

  it('decode(encode(data)) equals data, from text and from UTF-8 bytes', () => {
    fc.assert(
      fc.property(
        workbookDataArb,
        fc.date({
          min: new Date('0000-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        (data, now) => {
          const text = encodeWorkbook(data, { appVersion: '0.1.0', now });
          for (const input of [text, Buffer.from(text, 'utf8')]) {
            const result = decodeWorkbook(input);
            if (!result.ok) throw new Error(result.message);
            expect(result.data).toEqual(data);
            expect(result.envelope.writtenAt).toBe(now.toISOString());
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
