import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  exportPdf,
  PdfExportError,
  type PdfExportPorts,
  PdfPrintError,
  pdfFileName,
  writeErrorMessage,
} from './pdfExport';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossroads-pdf-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46]); // "%PDF"

const ports = (over: Partial<PdfExportPorts> = {}): PdfExportPorts => ({
  showSave: vi.fn(async () => join(dir, 'out.pdf')),
  documentsDir: '/home/me/Documents',
  print: vi.fn(async () => BYTES),
  // 9 March 2026, local time: month and day padded to two digits.
  now: () => new Date(2026, 2, 9, 15, 30),
  ...over,
});

describe('pdfFileName', () => {
  it('names the file after the local calendar date, zero-padded', () => {
    expect(pdfFileName(new Date(2026, 2, 9, 23, 59))).toBe('decision-summary-2026-03-09.pdf');
    expect(pdfFileName(new Date(2026, 10, 26, 0, 0))).toBe('decision-summary-2026-11-26.pdf');
  });
});

describe('exportPdf', () => {
  it('asks where to save with the dated default name in the documents folder, prints and writes', async () => {
    const p = ports({ clock: vi.fn().mockReturnValueOnce(1000).mockReturnValueOnce(1250) });
    const result = await exportPdf(p, { paperSize: 'a4' });
    expect(p.showSave).toHaveBeenCalledWith({
      title: 'Export decision summary',
      defaultPath: join('/home/me/Documents', 'decision-summary-2026-03-09.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    expect(p.print).toHaveBeenCalledWith({ paperSize: 'a4' });
    // 1250 − 1000 = 250 ms from the chosen path to the file written.
    expect(result).toEqual({ kind: 'saved', path: join(dir, 'out.pdf'), bytes: 4, ms: 250 });
    expect(new Uint8Array(await readFile(join(dir, 'out.pdf')))).toEqual(BYTES);
    // The atomic write leaves no temp file behind.
    expect(await readdir(dir)).toEqual(['out.pdf']);
  });

  it('lets the printer get ready while the dialog is open, then prints after it', async () => {
    const order: string[] = [];
    const p = ports({
      prepare: () => order.push('prepare'),
      showSave: vi.fn(async () => {
        order.push('dialog');
        return join(dir, 'out.pdf');
      }),
      print: vi.fn(async () => {
        order.push('print');
        return BYTES;
      }),
    });
    await exportPdf(p, { paperSize: 'letter' });
    expect(order).toEqual(['prepare', 'dialog', 'print']);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const p = ports({ showSave: vi.fn(async () => null) });
    expect(await exportPdf(p, { paperSize: 'letter' })).toEqual({ kind: 'cancelled' });
    expect(p.print).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a print timeout as it is and writes nothing', async () => {
    const p = ports({
      print: vi.fn(async () => {
        throw new PdfPrintError('print-timeout', 'Not ready after 15 seconds.');
      }),
    });
    await expect(exportPdf(p, { paperSize: 'letter' })).rejects.toMatchObject({
      code: 'print-timeout',
      message: 'Not ready after 15 seconds.',
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('wraps an unexpected printing failure in a message for the user', async () => {
    const p = ports({ print: vi.fn(async () => Promise.reject(new Error('GPU process gone'))) });
    const err = await exportPdf(p, { paperSize: 'letter' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PdfExportError);
    expect(err).toMatchObject({
      code: 'print-failed',
      message: 'The PDF could not be made: GPU process gone',
    });
  });

  it('turns a refused write into a clear message and keeps the existing file', async () => {
    const target = join(dir, 'missing-folder', 'out.pdf');
    const p = ports({ showSave: vi.fn(async () => target) });
    await expect(exportPdf(p, { paperSize: 'letter' })).rejects.toMatchObject({
      code: 'write-failed',
      message: `The PDF could not be saved to “${target}”: that folder does not exist. Choose another folder.`,
    });
    const denied = ports({
      write: async () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      },
    });
    await expect(exportPdf(denied, { paperSize: 'letter' })).rejects.toMatchObject({
      code: 'write-failed',
      message: `The PDF could not be saved to “${join(dir, 'out.pdf')}”: that folder cannot be written to. Choose another folder.`,
    });
  });
});

describe('writeErrorMessage', () => {
  it('names the cause for common codes and the code otherwise', () => {
    const e = (code: string) => Object.assign(new Error(code), { code });
    expect(writeErrorMessage('/x.pdf', e('ENOSPC'))).toBe(
      'The PDF could not be saved to “/x.pdf”: the disk is full.',
    );
    expect(writeErrorMessage('/x.pdf', e('EROFS'))).toContain('cannot be written to');
    expect(writeErrorMessage('/x.pdf', e('EIO'))).toBe(
      'The PDF could not be saved to “/x.pdf” (EIO).',
    );
    expect(writeErrorMessage('/x.pdf', new Error('odd'))).toBe(
      'The PDF could not be saved to “/x.pdf”.',
    );
  });
});
