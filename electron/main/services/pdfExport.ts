/**
 * Exports the decision summary as a PDF: asks where to save it, has the
 * injected printer render the print route, and writes the bytes atomically.
 *
 * Owns the file name, the dialog's wording and the error messages for the
 * export. Must not import electron (the printer is a port, so unit tests and
 * the e2e harness run this exact code) and must not decide what the PDF
 * contains: that is the renderer's print route.
 */
import { join } from 'node:path';
import { atomicWrite } from './atomicWrite';

/** A printable paper size. */
export type PdfPaper = 'letter' | 'a4';

/**
 * Renders the app's print route to PDF bytes. Rejects with
 * {@link PdfPrintError} when the route does not signal it is ready in time.
 */
export type PdfPrinter = (options: { paperSize: PdfPaper }) => Promise<Uint8Array>;

/** A printing failure with a message fit for the user. */
export class PdfPrintError extends Error {
  constructor(
    readonly code: 'print-timeout' | 'print-failed',
    message: string,
  ) {
    super(message);
    this.name = 'PdfPrintError';
  }
}

/** An export failure the UI can show as it is. */
export class PdfExportError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PdfExportError';
  }
}

export type PdfExportPorts = {
  showSave: (options: {
    title: string;
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }) => Promise<string | null>;
  documentsDir: string;
  print: PdfPrinter;
  /**
   * Gets the printer ready while the save dialog is open (e.g. opens its
   * hidden page), so the print after it starts warm. Must not read the workbook.
   */
  prepare?: () => void;
  now: () => Date;
  /** Monotonic milliseconds, for the timing the UI reports. */
  clock?: () => number;
  write?: (path: string, data: Uint8Array) => Promise<void>;
};

export type PdfExportResult =
  | { kind: 'saved'; path: string; bytes: number; ms: number }
  | { kind: 'cancelled' };

const pad = (n: number) => String(n).padStart(2, '0');

/** `decision-summary-YYYY-MM-DD.pdf` for the local calendar date of `now`. */
export const pdfFileName = (now: Date): string =>
  `decision-summary-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.pdf`;

const codeOf = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null && 'code' in err
    ? String((err as { code: unknown }).code)
    : undefined;

/** A sentence about a failed write, naming the folder but never a stack trace. */
export const writeErrorMessage = (path: string, err: unknown): string => {
  const code = codeOf(err);
  const where = `“${path}”`;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `The PDF could not be saved to ${where}: that folder cannot be written to. Choose another folder.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `The PDF could not be saved to ${where}: that folder does not exist. Choose another folder.`;
    case 'ENOSPC':
      return `The PDF could not be saved to ${where}: the disk is full.`;
    default:
      return `The PDF could not be saved to ${where}${code ? ` (${code})` : ''}.`;
  }
};

/**
 * Runs one export. Lets the printer get ready while the dialog is open.
 * Resolves `cancelled` when the dialog is dismissed (nothing is printed or
 * written). Otherwise prints, then writes the file atomically
 * so an existing file at that path is replaced whole or not at all. `ms`
 * counts from the chosen path to the file written, in milliseconds.
 * Throws {@link PdfExportError} (code `print-timeout`, `print-failed` or
 * `write-failed`) with a message for the user.
 */
export const exportPdf = async (
  ports: PdfExportPorts,
  request: { paperSize: PdfPaper },
): Promise<PdfExportResult> => {
  ports.prepare?.();
  const path = await ports.showSave({
    title: 'Export decision summary',
    defaultPath: join(ports.documentsDir, pdfFileName(ports.now())),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  });
  if (path === null) return { kind: 'cancelled' };
  const clock = ports.clock ?? (() => performance.now());
  const started = clock();
  let bytes: Uint8Array;
  try {
    bytes = await ports.print({ paperSize: request.paperSize });
  } catch (err) {
    if (err instanceof PdfPrintError) throw new PdfExportError(err.code, err.message);
    throw new PdfExportError(
      'print-failed',
      `The PDF could not be made: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  try {
    await (ports.write ?? atomicWrite)(path, bytes);
  } catch (err) {
    throw new PdfExportError('write-failed', writeErrorMessage(path, err));
  }
  return { kind: 'saved', path, bytes: bytes.byteLength, ms: Math.round(clock() - started) };
};

/** Page margins of the PDF, in inches (room at the bottom for the page numbers). */
export const PDF_MARGINS_IN = { top: 0.55, bottom: 0.7, left: 0.6, right: 0.6 } as const;

/** An empty header: Chromium prints the title and URL there unless given one. */
export const PDF_HEADER_TEMPLATE = '<span></span>';

/**
 * The footer Chromium stamps on every page: "Page n of N". Chromium fills the
 * `pageNumber`/`totalPages` spans; the template needs its own font size.
 */
export const PDF_FOOTER_TEMPLATE =
  '<div style="width:100%;font-size:8px;font-family:system-ui,sans-serif;color:#555;text-align:center;padding:0 0.6in">' +
  'Crossroads decision summary · Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';
