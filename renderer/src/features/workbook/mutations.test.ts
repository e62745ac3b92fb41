import 'fake-indexeddb/auto';
import { createWorkbookData } from '@shared/domain/workbook';
import type { Workbook } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import amazon from '../../../../resources/templates/amazon-pmm-vs-pm.json';

vi.mock('@renderer/db/db', async () => {
  const { freshDb } = await import('@renderer/db/testing');
  return { db: freshDb() };
});

const { db } = await import('@renderer/db/db');
const { setClock } = await import('@renderer/db/writeKit');
const { WriteError } = await import('@renderer/db/writeError');
const { renameWorkbook } = await import('./mutations');

const { workbook: WB } = createWorkbookData(amazon as unknown as Template, {
  name: 'Before',
  now: new Date('2026-11-20T09:00:00.000Z'),
  newId: (() => {
    let n = 0;
    return () => `id-${++n}`;
  })(),
  timeZone: 'UTC',
});

beforeEach(async () => {
  await db.workbooks.clear();
  await db.workbooks.put(WB);
  setClock(() => new Date('2026-11-29T08:15:00.000Z'));
});
afterEach(() => setClock(null));

describe('renameWorkbook', () => {
  it('stores the name and stamps updatedAt from the injected clock', async () => {
    await renameWorkbook(WB.id, 'After');
    expect(await db.workbooks.get(WB.id)).toEqual({
      ...WB,
      name: 'After',
      updatedAt: '2026-11-29T08:15:00.000Z',
    });
  });

  it('refuses an empty name with the schema’s sentence and writes nothing', async () => {
    const err = await renameWorkbook(WB.id, '').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriteError);
    expect((err as InstanceType<typeof WriteError>).fields.name).toBe('Give the workbook a name.');
    expect(await db.workbooks.get(WB.id)).toEqual(WB);
  });

  it('validates the whole row, not only the name: a broken row is not half-updated', async () => {
    // Before the write kit only the name was checked, so this rename went through.
    const broken = { ...WB, fxRates: { EUR: -1 } } as unknown as Workbook;
    await db.workbooks.put(broken);
    const err = await renameWorkbook(WB.id, 'After').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriteError);
    expect(Object.keys((err as InstanceType<typeof WriteError>).fields)).toEqual(['fxRates']);
    expect(await db.workbooks.get(WB.id)).toEqual(broken);
  });
});
