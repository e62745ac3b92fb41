import { createHash } from 'node:crypto';
import { SCHEMA_VERSION } from '@shared/schemas/records';
import { describe, expect, it } from 'vitest';
import { makeWorkbook } from '../../../tests/unit/storage/fixtures';
import {
  decodeWorkbook,
  encodeWorkbook,
  fieldWords,
  MAX_WORKBOOK_BYTES,
  MIGRATIONS,
  migratePayload,
  payloadChecksum,
} from './envelope';

const now = new Date('2026-11-26T10:00:00.000Z');
const encode = (data = makeWorkbook({ offers: 2 })) =>
  encodeWorkbook(data, { appVersion: '0.1.0', now });

/** Re-encodes an edited envelope with a correct checksum, so only the edit is wrong. */
const reseal = (text: string, edit: (envelope: Record<string, unknown>) => void) => {
  const envelope = JSON.parse(text) as Record<string, unknown>;
  edit(envelope);
  envelope.sha256 = payloadChecksum(envelope.payload);
  return JSON.stringify(envelope);
};

describe('encodeWorkbook', () => {
  it('writes the envelope fields and a SHA-256 of the compact payload JSON', () => {
    const data = makeWorkbook({ offers: 1 });
    const envelope = JSON.parse(encode(data));
    expect(envelope.format).toBe('crossroads-workbook');
    expect(envelope.schemaVersion).toBe(2);
    expect(envelope.appVersion).toBe('0.1.0');
    expect(envelope.writtenAt).toBe('2026-11-26T10:00:00.000Z');
    // Computed independently of payloadChecksum.
    const expected = createHash('sha256').update(JSON.stringify(data)).digest('hex');
    expect(envelope.sha256).toBe(expected);
    expect(envelope.payload).toEqual(data);
  });

  it('refuses a clock outside years 0–9999 rather than write an unreadable date', () => {
    const data = makeWorkbook();
    // Year −1 would be written as "-000001-…", which no ISO date-time parser accepts.
    expect(() =>
      encodeWorkbook(data, { appVersion: '0.1.0', now: new Date('-000001-12-31T00:00:00Z') }),
    ).toThrow(RangeError);
    expect(() => encodeWorkbook(data, { appVersion: '0.1.0', now: new Date(Number.NaN) })).toThrow(
      RangeError,
    );
  });

  it('checksums the empty object as the well-known SHA-256 of "{}"', () => {
    // sha256("{}") = 44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a
    expect(payloadChecksum({})).toBe(
      '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    );
  });
});

describe('decodeWorkbook', () => {
  it('accepts what encodeWorkbook wrote, as text and as bytes', () => {
    const data = makeWorkbook({ offers: 2, prepItems: 1 });
    const text = encode(data);
    for (const input of [text, Buffer.from(text)]) {
      const result = decodeWorkbook(input);
      expect(result.ok && result.data).toEqual(data);
    }
  });

  it('strips a UTF-8 byte order mark and accepts the file', () => {
    const text = encode();
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(decodeWorkbook(withBom).ok).toBe(true);
    expect(decodeWorkbook(`\uFEFF${text}`).ok).toBe(true);
  });

  it.each([
    ['empty', '', 'The file is empty'],
    ['empty', '  \n', 'The file is empty'],
    ['not-json', '{"format": ', 'damaged or cut short'],
    ['not-crossroads', '[1,2]', 'This isn’t a Crossroads workbook.'],
    ['not-crossroads', '{"format":"something-else"}', 'This isn’t a Crossroads workbook.'],
    ['nul-bytes', '{}\u0000', 'NUL'],
  ])('rejects %s input %j', (code, input, words) => {
    const result = decodeWorkbook(input);
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.message).toContain(words);
  });

  it('rejects UTF-16 and text that is not UTF-8', () => {
    expect(decodeWorkbook(Buffer.from([0xff, 0xfe, 0x7b, 0x00]))).toMatchObject({ code: 'utf16' });
    // 0xC3 starts a two-byte sequence; 0x28 cannot continue it.
    expect(decodeWorkbook(Buffer.from([0x7b, 0xc3, 0x28, 0x7d]))).toMatchObject({
      code: 'not-text',
    });
  });

  it('says a file from a future schema version was made by a newer Crossroads', () => {
    const text = reseal(encode(), (e) => {
      e.schemaVersion = SCHEMA_VERSION + 1;
      e.appVersion = '9.0.0';
    });
    const result = decodeWorkbook(text);
    expect(result).toMatchObject({ ok: false, code: 'future-version' });
    expect(!result.ok && result.message).toContain(
      'made by a newer version of Crossroads (Crossroads 9.0.0)',
    );
  });

  it('rejects a payload edited without updating the checksum', () => {
    const envelope = JSON.parse(encode());
    envelope.payload.workbook.name = 'Edited by hand';
    expect(decodeWorkbook(JSON.stringify(envelope))).toMatchObject({ ok: false, code: 'checksum' });
  });

  it('rejects a damaged header', () => {
    const text = JSON.stringify({ ...JSON.parse(encode()), sha256: 'not-hex' });
    const result = decodeWorkbook(text);
    expect(result).toMatchObject({ ok: false, code: 'bad-envelope' });
    expect(!result.ok && result.message).toContain('its checksum is missing or not valid');
  });

  it('names the first bad field in plain words', () => {
    const text = reseal(encode(), (e) => {
      const payload = e.payload as { offers: Record<string, unknown>[] };
      (payload.offers[1] as Record<string, unknown>).baseSalary = '142000';
    });
    const result = decodeWorkbook(text);
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    // offers[1] is the second offer, named "Amazon PM L5 #2" by the fixture.
    expect(!result.ok && result.message).toBe(
      'This workbook has a bad value. Offer 2 (“Amazon PM L5 #2”), base salary: should be a number, but it is the text “142000”.',
    );
  });

  it('says when a field is missing, and uses the schema’s own wording for ranges', () => {
    const missing = reseal(encode(), (e) => {
      delete (e.payload as { workbook: Record<string, unknown> }).workbook.name;
    });
    const result = decodeWorkbook(missing);
    expect(!result.ok && result.message).toBe(
      'This workbook has a bad value. The workbook, name: is missing.',
    );
    const negative = reseal(encode(), (e) => {
      const payload = e.payload as { offers: Record<string, unknown>[] };
      (payload.offers[0] as Record<string, unknown>).signOnYear1 = -5;
    });
    const second = decodeWorkbook(negative);
    expect(!second.ok && second.message).toBe(
      'This workbook has a bad value. Offer 1 (“Amazon PMM L5 #1”), sign-on year 1: Amounts cannot be negative.',
    );
  });

  it('refuses anything over 20 MB before parsing it', () => {
    // 20 MiB = 20 × 1024 × 1024 = 20,971,520 bytes; one more is too many.
    expect(MAX_WORKBOOK_BYTES).toBe(20_971_520);
    const result = decodeWorkbook(new Uint8Array(MAX_WORKBOOK_BYTES + 1).fill(0x20));
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
    expect(!result.ok && result.message).toContain('at most 20.0 MB');
  });
});

describe('migrations', () => {
  it('has exactly one step for each version below the current one', () => {
    // Version n needs keys 1 … n−1; SCHEMA_VERSION is 2, so one step: 1 → 2.
    expect(SCHEMA_VERSION).toBe(2);
    const expected = Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => String(i + 1));
    expect(Object.keys(MIGRATIONS)).toEqual(expected);
  });

  it('applies the steps in order from the file’s version to the target', () => {
    const table = {
      1: (p: unknown) => ({ ...(p as object), trail: ['1→2'] }),
      2: (p: unknown) => {
        const q = p as { trail: string[] };
        return { ...q, trail: [...q.trail, '2→3'] };
      },
    };
    expect(migratePayload({}, 1, table, 3)).toEqual({
      ok: true,
      payload: { trail: ['1→2', '2→3'] },
    });
    expect(migratePayload({ trail: [] }, 2, table, 3)).toEqual({
      ok: true,
      payload: { trail: ['2→3'] },
    });
    expect(migratePayload({ a: 1 }, 3, table, 3)).toEqual({ ok: true, payload: { a: 1 } });
  });

  it('reports a missing or failing step instead of throwing', () => {
    expect(migratePayload({}, 1, {}, 2)).toMatchObject({ ok: false, code: 'migration-failed' });
    const boom = {
      1: () => {
        throw new Error('bad');
      },
    };
    const result = migratePayload({}, 1, boom, 2);
    expect(!result.ok && result.message).toContain('could not be upgraded');
  });

  it('opens a version-1 file with the pay scale set to 2% per point (step 1 → 2)', () => {
    // A version-1 file is today's data without `payPointPct`, written with schemaVersion 1.
    const text = reseal(encode(), (e) => {
      e.schemaVersion = 1;
      const payload = e.payload as { workbook: { decision: Record<string, unknown> } };
      delete payload.workbook.decision.payPointPct;
    });
    const result = decodeWorkbook(text);
    expect(result.ok).toBe(true);
    expect(result.ok && result.envelope.schemaVersion).toBe(1);
    expect(result.ok && result.data.workbook.decision.payPointPct).toBe(2);
  });
});

describe('fieldWords', () => {
  it('turns camelCase keys into words', () => {
    expect(fieldWords('baseSalary')).toBe('base salary');
    expect(fieldWords('scheduledAt')).toBe('scheduled at');
    expect(fieldWords('rsuGrantValue')).toBe('RSU grant value');
  });
});
