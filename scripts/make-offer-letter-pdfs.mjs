// Writes the two PDF fixtures of the offer-letter tests, by hand-built PDF
// (no library): tests/fixtures/offer-letters/17-text-pdf.pdf, a text-based
// letter whose prose is wrapped at ~80 characters the way PDF text comes out,
// and tests/fixtures/offer-letter-scan.pdf, a page with only a drawn shape and
// no text layer (what a scanned letter looks like to a text extractor).
// Run: node scripts/make-offer-letter-pdfs.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', 'tests', 'fixtures');

const LETTER = `Dear Morgan,

We are pleased to offer you the position of Senior Product Marketing Manager at
Harrow Devices, Inc. This role is at level L6 and is based in our Seattle, WA office.

Your annual base salary will be $171,000. You will be eligible for an annual
bonus with a target of 10% of your base salary.

You will receive a sign-on bonus of $35,000 in your first year and $25,000 in
your second year. If you leave within 24 months, the sign-on bonus must be repaid
on a prorated basis.

You will be granted 900 restricted stock units. The grant vests over four years,
25% after a one-year cliff and then quarterly.

Your start date will be April 5, 2027. Please accept this offer by March 12, 2027.

Regards,
Harrow Talent`;

const escapePdf = (s) => s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');

const buildPdf = (content, withFont) => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R${withFont ? ' /Resources << /Font << /F1 5 0 R >> >>' : ''} >>`,
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  if (withFont)
    objects.push(
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    );
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
};

const lines = LETTER.split('\n');
const text = ['BT', '/F1 10 Tf', '14 TL', '56 740 Td'];
for (const line of lines) text.push(`(${escapePdf(line)}) Tj T*`);
text.push('ET');
writeFileSync(join(root, 'offer-letters', '17-text-pdf.pdf'), buildPdf(text.join('\n'), true));
writeFileSync(join(root, 'offer-letter-scan.pdf'), buildPdf('0.8 g 56 500 500 240 re f', false));
console.log('wrote 17-text-pdf.pdf and offer-letter-scan.pdf');
