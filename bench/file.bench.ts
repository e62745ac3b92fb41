/** Workbook file: validate + atomic write of a ~1 MB workbook, and open + validate of the same. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { createWorkbookData } from '@shared/domain/workbook';
import { WorkbookDataSchema } from '@shared/schemas/records';
import { TemplateSchema } from '@shared/schemas/template';
import { atomicWrite } from '../electron/main/services/atomicWrite';
import { decodeWorkbook, encodeWorkbook } from '../electron/main/services/envelope';
import { record } from './recorder';

test('workbook file: 1 MB write and read', async () => {
  let n = 0;
  const amazon = TemplateSchema.parse(
    JSON.parse(
      await readFile(
        join(import.meta.dirname, '../resources/templates/amazon-pmm-vs-pm.json'),
        'utf8',
      ),
    ),
  );
  const data = createWorkbookData(amazon, {
    name: 'Big workbook',
    now: new Date('2026-11-26T10:00:00Z'),
    newId: () => `id-${++n}`,
    timeZone: 'UTC',
  });
  const paragraph =
    'We launched to mid-market buyers first, with a proof point from the pilot and a field FAQ. '.repeat(
      6,
    );
  const question = data.questions[0];
  if (!question) throw new Error('template has no questions');
  while (JSON.stringify(data).length < 1_000_000) {
    data.mockAnswers.push({
      id: `mock-${++n}`,
      workbookId: data.workbook.id,
      questionId: question.id,
      createdAt: '2026-11-26T10:00:00.000Z',
      parts: {
        audience: paragraph,
        problem: paragraph,
        positioning: paragraph,
        launchPlan: paragraph,
        enablement: paragraph,
        metrics: paragraph,
      },
      durationSec: 600,
      selfScore: 3,
    });
  }
  const dir = await mkdtemp(join(tmpdir(), 'crossroads-bench-'));
  const path = join(dir, 'workbook.json');
  const writes: number[] = [];
  const reads: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 12; i++) {
    const t0 = performance.now();
    const valid = WorkbookDataSchema.parse(data);
    const text = encodeWorkbook(valid, { appVersion: '0.1.0', now: new Date() });
    await atomicWrite(path, text);
    writes.push(performance.now() - t0);
    bytes = Buffer.byteLength(text);
    const t1 = performance.now();
    const decoded = decodeWorkbook(await readFile(path));
    reads.push(performance.now() - t1);
    if (!decoded.ok) throw new Error(decoded.message);
  }
  await rm(dir, { recursive: true, force: true });
  const note = `${(bytes / 1024 / 1024).toFixed(2)} MB file, ${data.mockAnswers.length} mock answers`;
  await record({
    id: '6-file-write',
    label: 'Workbook file: validate + atomic write (1 MB)',
    unit: 'ms',
    samples: writes.slice(2),
    note,
  });
  await record({
    id: '6-file-read',
    label: 'Workbook file: open + validate (1 MB)',
    unit: 'ms',
    samples: reads.slice(2),
    note,
  });
});
