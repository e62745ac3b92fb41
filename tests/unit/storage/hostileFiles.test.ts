/**
 * Hostile files: whatever bytes a user (or a disk) hands the store, it either
 * opens a valid workbook or says in plain words why not — and the data folder
 * is not touched by looking at a file. A damaged workbook.json found at start
 * is only renamed aside, byte for byte.
 */

import { randomBytes } from 'node:crypto';
import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '@shared/schemas/records';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { utcDayKey } from '../../../electron/main/services/backups';
import {
  decodeWorkbook,
  encodeWorkbook,
  payloadChecksum,
} from '../../../electron/main/services/envelope';
import { createWorkbookStore } from '../../../electron/main/services/workbookStore';
import { hashTree, makeWorkbook, manualClock, removeDir, tempDir } from './fixtures';

let root: string;
let dataDir: string;
let outside: string;
let valid: string;
const clock = manualClock('2026-11-26T10:00:00.000Z');
const store = () =>
  createWorkbookStore({ dataDir, appVersion: '0.1.0', now: clock.now, dayKey: utcDayKey });

beforeAll(async () => {
  root = await tempDir('crossroads-hostile-');
  dataDir = join(root, 'data');
  outside = join(root, 'downloads');
  await import('node:fs/promises').then((fs) => fs.mkdir(outside));
  // A data folder with a current file, a previous copy and backups to protect.
  const s = store();
  await s.save(makeWorkbook({ offers: 2, prepItems: 3 }, 'Keep me'));
  clock.advance(20 * 60_000);
  await s.save(makeWorkbook({ offers: 2, prepItems: 4 }, 'Keep me'));
  await s.pinBackup('manual');
  valid = encodeWorkbook(makeWorkbook({ offers: 2, prepItems: 2 }, 'Incoming'), {
    appVersion: '0.1.0',
    now: new Date('2026-11-20T09:00:00.000Z'),
  });
}, 30_000);
afterAll(() => removeDir(root));

const counts = { files: 0, rejected: 0, accepted: 0 };
afterAll(() => {
  console.log(
    `hostile files: ${counts.files} tried, ${counts.rejected} rejected with a message, ${counts.accepted} accepted (BOM only)`,
  );
});

/** A sentence a person can read: starts with a capital, ends with a full stop, no code noise. */
const expectReadable = (message: string) => {
  expect(message).toMatch(/^[A-Z].{20,}\.$/s);
  expect(message).not.toMatch(/undefined|\[object|SyntaxError|at .*\(|ZodError/);
};

/** Writes `bytes` outside the data folder, opens it through the store, checks the folder. */
async function openHostile(name: string, bytes: Uint8Array | string) {
  const path = join(outside, name);
  await writeFile(path, bytes);
  const before = await hashTree(dataDir);
  const result = await store().readFile(path);
  expect(await hashTree(dataDir)).toEqual(before);
  counts.files++;
  if (result.ok) counts.accepted++;
  else {
    counts.rejected++;
    expectReadable(result.message);
  }
  return result;
}

const reseal = (edit: (envelope: Record<string, unknown>) => void) => {
  const envelope = JSON.parse(valid) as Record<string, unknown>;
  edit(envelope);
  envelope.sha256 = payloadChecksum(envelope.payload);
  return JSON.stringify(envelope);
};

describe('hostile files opened from outside the data folder', () => {
  it('random bytes are rejected', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const result = await openHostile('random.bin', bytes);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 60 },
    );
    const big = await openHostile('random-64k.bin', randomBytes(65_536));
    expect(big.ok).toBe(false);
  });

  it('random JSON is rejected as not a Crossroads workbook', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const result = await openHostile('random.json', JSON.stringify(value) ?? 'null');
        expect(result).toMatchObject({ ok: false, code: 'not-crossroads' });
      }),
      { numRuns: 60 },
    );
  });

  it('a valid file cut at every 1/20th of its length is rejected', async () => {
    const bytes = Buffer.from(valid);
    for (let k = 0; k < 20; k++) {
      // k = 0 keeps 0 bytes (empty); k = 19 keeps 95%. k = 20 would be the whole file.
      const cut = bytes.subarray(0, Math.floor((bytes.length * k) / 20));
      const result = await openHostile(`cut-${k}.json`, cut);
      expect(result.ok, `cut at ${k}/20`).toBe(false);
      if (!result.ok) expect(['empty', 'not-json', 'not-text']).toContain(result.code);
    }
  });

  it('a UTF-8 byte order mark is stripped and the file opens', async () => {
    const result = await openHostile(
      'bom.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(valid)]),
    );
    expect(result).toMatchObject({ ok: true, summary: { name: 'Incoming', offers: 2 } });
  });

  it('NUL bytes appended are rejected', async () => {
    const result = await openHostile(
      'nul.json',
      Buffer.concat([Buffer.from(valid), Buffer.alloc(512)]),
    );
    expect(result).toMatchObject({ ok: false, code: 'nul-bytes' });
  });

  it('a field of the wrong type is rejected, naming the field', async () => {
    const text = reseal((e) => {
      const payload = e.payload as { prepItems: Record<string, unknown>[] };
      (payload.prepItems[1] as Record<string, unknown>).target = 'three';
    });
    const result = await openHostile('wrong-type.json', text);
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    // prepItems[1] is "Prep item 2" in the fixture.
    expect(!result.ok && result.message).toBe(
      'This workbook has a bad value. Prep item 2 (“Prep item 2”), target: should be a number, but it is the text “three”.',
    );
  });

  it('a file from a future schema version is rejected', async () => {
    const result = await openHostile(
      'future.json',
      reseal((e) => {
        e.schemaVersion = 7;
      }),
    );
    expect(result).toMatchObject({ ok: false, code: 'future-version' });
    expect(!result.ok && result.message).toContain('made by a newer version of Crossroads');
  });

  it('a 50 MB file is refused before it is read or parsed', async () => {
    const path = join(outside, 'huge.json');
    // 50 × 1024 × 1024 = 52,428,800 bytes, written sparsely (no 50 MB buffer needed).
    const handle = await open(path, 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    const parse = vi.spyOn(JSON, 'parse');
    const before = await hashTree(dataDir);
    const result = await store().readFile(path);
    expect(await hashTree(dataDir)).toEqual(before);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    counts.files++;
    counts.rejected++;
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
    expect(!result.ok && result.message).toBe(
      'This file is 50.0 MB; a Crossroads workbook is at most 20.0 MB, so it was not opened.',
    );
    // decodeWorkbook itself also checks size first when handed the bytes.
    expect(decodeWorkbook(await readFile(path))).toMatchObject({ code: 'too-large' });
  });
});

describe('a hostile workbook.json found at start', () => {
  it('is renamed aside unchanged and nothing else in the folder changes', async () => {
    const cases: [string, Uint8Array | string][] = [
      ['random bytes', randomBytes(300)],
      ['truncated', valid.slice(0, Math.floor(valid.length / 2))],
      ['NUL bytes', Buffer.concat([Buffer.from(valid), Buffer.alloc(16)])],
      [
        'future version',
        reseal((e) => {
          e.schemaVersion = SCHEMA_VERSION + 1;
        }),
      ],
    ];
    for (const [label, bytes] of cases) {
      const s = store();
      const good = (await s.load()).kind === 'ok';
      if (!good) await s.save(makeWorkbook({ offers: 2, prepItems: 4 }, 'Keep me'));
      await writeFile(join(dataDir, 'workbook.json'), bytes);
      const before = await hashTree(dataDir);
      clock.advance(60_000);
      const result = await store().load();
      expect(result.kind, label).toBe('corrupt');
      if (result.kind !== 'corrupt') continue;
      expectReadable(result.message);
      expect(result.backups.length).toBeGreaterThan(0);
      // Same files, same bytes; only workbook.json now has its quarantine name.
      const after = await hashTree(dataDir);
      const moved = after[result.quarantinedAs ?? ''];
      delete after[result.quarantinedAs ?? ''];
      const original = before['workbook.json'];
      delete before['workbook.json'];
      expect(moved, label).toBe(original);
      expect(after, label).toEqual(before);
    }
  });
});
