/**
 * Reads an offer letter from a file the user picked and returns its plain
 * text: `.txt` as is, `.html`/`.htm` and `.eml` through
 * `letterFormats.ts`, and text-based `.pdf` through unpdf (pdf.js, run locally — it
 * fetches nothing). A PDF with no text layer (a scan) is reported as such,
 * never as an empty letter. Plain Node: the file path comes in as an argument.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { emlToText, htmlToText } from './letterFormats';

/** Largest letter file read, in bytes: a letter is a few pages, not a book. */
export const MAX_LETTER_BYTES = 10 * 1024 * 1024;

export type LetterRead =
  | { kind: 'text'; text: string; name: string }
  | { kind: 'no-text'; name: string; message: string }
  | { kind: 'unsupported'; name: string; message: string };

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** Text of every page of a PDF, pages separated by a blank line. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(bytes);
  const { text } = await extractText(pdf, { mergePages: false });
  return (Array.isArray(text) ? text : [text]).join('\n\n');
}

/**
 * The plain text of the letter at `path`. Never throws for a file it cannot
 * use: it says why in `message`. Throws only when the file cannot be read.
 */
export async function readLetterFile(path: string): Promise<LetterRead> {
  const name = baseName(path);
  const ext = extname(path).toLowerCase();
  const info = await stat(path);
  if (info.size > MAX_LETTER_BYTES) {
    return {
      kind: 'unsupported',
      name,
      message: `${name} is larger than 10 MB, which is more than an offer letter needs. Copy the letter's text and paste it instead.`,
    };
  }
  const bytes = await readFile(path);
  switch (ext) {
    case '.txt':
    case '.text':
      return { kind: 'text', name, text: new TextDecoder('utf-8').decode(bytes) };
    case '.html':
    case '.htm':
      return { kind: 'text', name, text: htmlToText(new TextDecoder('utf-8').decode(bytes)) };
    case '.eml':
      return { kind: 'text', name, text: emlToText(new TextDecoder('utf-8').decode(bytes)) };
    case '.pdf': {
      let text: string;
      try {
        text = await pdfToText(new Uint8Array(bytes));
      } catch {
        return {
          kind: 'unsupported',
          name,
          message: `${name} could not be read as a PDF. If it opens elsewhere, copy its text and paste it instead.`,
        };
      }
      if (text.replace(/\s+/g, '') === '') {
        return {
          kind: 'no-text',
          name,
          message: `${name} holds no text — it looks like a scan. Copy the figures by hand, or paste the letter's text if you have it as an email.`,
        };
      }
      return { kind: 'text', name, text };
    }
    default:
      return {
        kind: 'unsupported',
        name,
        message: `${name} is not a file Crossroads can read. Open a .txt, .eml, .html or .pdf file, or paste the letter's text.`,
      };
  }
}
