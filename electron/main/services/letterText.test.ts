import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emlToText, htmlToText } from './letterFormats';
import { readLetterFile } from './letterText';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures');

describe('readLetterFile', () => {
  it('reads the text layer of a text PDF', async () => {
    const read = await readLetterFile(join(FIXTURES, 'offer-letters/17-text-pdf.pdf'));
    expect(read.kind).toBe('text');
    if (read.kind === 'text')
      expect(read.text).toContain('Your annual base salary will be $171,000.');
  });

  it('says a scanned PDF holds no text instead of returning an empty letter', async () => {
    const read = await readLetterFile(join(FIXTURES, 'offer-letter-scan.pdf'));
    expect(read).toMatchObject({ kind: 'no-text', name: 'offer-letter-scan.pdf' });
    if (read.kind === 'no-text')
      expect(read.message).toMatch(/holds no text — it looks like a scan/);
  });

  it('refuses a file type it cannot read, and a PDF that is not one, with what to do instead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'letter-'));
    writeFileSync(join(dir, 'offer.docx'), 'PK');
    writeFileSync(join(dir, 'broken.pdf'), 'not a pdf at all');
    expect(await readLetterFile(join(dir, 'offer.docx'))).toMatchObject({ kind: 'unsupported' });
    const broken = await readLetterFile(join(dir, 'broken.pdf'));
    expect(broken.kind).toBe('unsupported');
    if (broken.kind === 'unsupported') expect(broken.message).toMatch(/paste it instead/);
  });
});

describe('letter formats', () => {
  it('turns an HTML table into one row per line, cells joined by " | "', () => {
    const text = htmlToText(
      '<p>Hi&nbsp;Avery,</p><table><tr><td>Base salary</td><td>$205,000</td></tr><tr><td>Bonus</td><td>20%</td></tr></table><script>x()</script>',
    );
    expect(text).toBe('Hi Avery,\n\nBase salary | $205,000\nBonus | 20%');
  });

  it('takes the plain-text part of an email and decodes quoted-printable', () => {
    const eml = [
      'Subject: Offer',
      'Content-Type: multipart/alternative; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Base salary: =E2=82=AC88,000 per ye=',
      'ar',
      '--b',
      'Content-Type: text/html',
      '',
      '<p>html</p>',
      '--b--',
    ].join('\r\n');
    expect(emlToText(eml)).toBe('Base salary: €88,000 per year');
  });
});
