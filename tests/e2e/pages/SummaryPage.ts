/**
 * Page object for the Summary section: decision, notes, the decision matrix,
 * the export controls; plus helpers that export the PDF and read it back with
 * poppler (`pdftotext`, `pdftoppm`).
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, type Locator, type Page } from '@playwright/test';

const run = promisify(execFile);

export class SummaryPage {
  constructor(readonly page: Page) {}

  get decision(): Locator {
    return this.page.getByLabel('My decision', { exact: true });
  }

  get notes(): Locator {
    return this.page.getByLabel('Decision notes', { exact: true });
  }

  get paperSize(): Locator {
    return this.page.getByLabel('Paper size', { exact: true });
  }

  get exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export decision summary (PDF)…' });
  }

  get exportRegion(): Locator {
    return this.page.getByRole('region', { name: 'Export' });
  }

  get matrix(): Locator {
    return this.page.getByRole('region', { name: 'Weighing money against fit' });
  }

  /** The pay scale: percent of pay below the best that costs one pay point. */
  get payScale(): Locator {
    return this.page.getByLabel('Pay scale: % less pay per point', { exact: true });
  }

  get payTable(): Locator {
    return this.page.getByRole('region', { name: 'Pay by year' }).getByRole('table');
  }

  /** The matrix's score box for `factor` and `offer` (named by row and column headers). */
  scoreInput(factor: string, offer: string): Locator {
    return this.matrix.getByRole('textbox', { name: new RegExp(`^${factor} .*${offer}$`) });
  }

  weightInput(factor: string): Locator {
    return this.matrix.getByRole('textbox', {
      name: new RegExp(`^${factor} .*Weight \\(0–10\\)$`),
    });
  }

  /** Text of the matrix footer cell for `row` ("Weighted score" / "Rank") and offer column. */
  async matrixCell(row: string, offer: string): Promise<string> {
    const headers = await this.matrix.locator('thead th').allInnerTexts();
    const col = headers.findIndex((h) => h.trim() === offer);
    if (col < 0) throw new Error(`No matrix column for ${offer}: ${headers.join(' | ')}`);
    const tr = this.matrix.locator('tr', {
      // A computed factor's header reads e.g. "Pay (from your offers)".
      has: this.page.getByRole('rowheader', {
        name: new RegExp(`^${row.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(.*\\))?$`),
      }),
    });
    return ((await tr.locator('th, td').nth(col).textContent()) ?? '').trim();
  }

  /** Clicks Export and waits for the outcome next to the button; returns its text. */
  async exportAndWait(): Promise<string> {
    await this.exportButton.click();
    const outcome = this.exportRegion.locator('[role="status"], [role="alert"]').filter({
      hasNotText: 'Making the PDF',
    });
    await expect(outcome).toBeVisible({ timeout: 30_000 });
    return ((await outcome.textContent()) ?? '').trim();
  }
}

/**
 * The PDF's text: laid out like the page (`pdftotext -layout`, table rows on
 * one line), or with `raw` in the order it was drawn (a wrapped table cell
 * stays together).
 */
export const pdfText = async (pdf: string, mode: 'layout' | 'raw' = 'layout'): Promise<string> =>
  (await run('pdftotext', [`-${mode}`, pdf, '-'], { maxBuffer: 16 * 1024 * 1024 })).stdout;

/** Number of pages, from `pdfinfo`. */
export const pdfPages = async (pdf: string): Promise<number> => {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
};

/** Page size in points (`pdfinfo`), e.g. 612 × 792 for Letter. */
export const pdfPageSize = async (pdf: string): Promise<{ w: number; h: number }> => {
  const { stdout } = await run('pdfinfo', [pdf]);
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout);
  return { w: Number(m?.[1] ?? 0), h: Number(m?.[2] ?? 0) };
};

/**
 * Renders every page to `<dir>/<prefix>-<n>.png` at 80 dpi with `pdftoppm`
 * and returns the paths, first page first.
 */
export const pdfToPngs = async (pdf: string, dir: string, prefix: string): Promise<string[]> => {
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${prefix}-tmp`);
  await mkdir(tmp, { recursive: true });
  await run('pdftoppm', ['-png', '-r', '80', pdf, join(tmp, 'p')]);
  const names = (await readdir(tmp)).filter((n) => n.endsWith('.png')).sort();
  const out: string[] = [];
  for (const [i, name] of names.entries()) {
    const target = join(dir, `${prefix}-${i + 1}.png`);
    await rename(join(tmp, name), target);
    out.push(target);
  }
  return out;
};

/** The text of page `n` alone (`pdftotext -f n -l n -raw`), whitespace collapsed. */
export const pdfPageText = async (pdf: string, n: number): Promise<string> =>
  (await run('pdftotext', ['-f', String(n), '-l', String(n), '-raw', pdf, '-'])).stdout.replace(
    /\s+/g,
    ' ',
  );

/**
 * How far down each page its content reaches, as a share (0..1) of the page's
 * height without the footer band: from `pdftotext -bbox`, the lowest word
 * above the bottom `footerPt` points. A page whose content stops at 0.55 is
 * 45% empty.
 */
export const pdfPageFill = async (pdf: string, footerPt = 52): Promise<number[]> => {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const fills: number[] = [];
  for (const page of stdout.split('<page ').slice(1)) {
    const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 0);
    const limit = height - footerPt;
    let lowest = 0;
    for (const m of page.matchAll(/yMax="([\d.]+)"/g)) {
      const y = Number(m[1]);
      if (y < limit && y > lowest) lowest = y;
    }
    fills.push(height > 0 ? lowest / limit : 0);
  }
  return fills;
};
