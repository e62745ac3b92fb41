/**
 * The one-page brief that opens the decision summary PDF: which parts of the
 * workbook it can speak to (and what is missing, so an empty export can be
 * questioned first), how much of the decision notes fit on page 1, and the
 * sections the user may leave out of the rest of the PDF.
 *
 * Pure: no storage, no clock, no locale. Must not compute pay, fit or the
 * ranking (comp.ts, fit.ts, decision.ts and verdict.ts do).
 */

/** The PDF's optional sections after the brief, in print order. */
export const PDF_SECTIONS = ['offers', 'charts', 'fit', 'prep', 'references'] as const;
export type PdfSection = (typeof PDF_SECTIONS)[number];
export type PdfSections = Record<PdfSection, boolean>;

/** Every section on: the default, and what a workbook without a choice gets. */
export const ALL_PDF_SECTIONS: PdfSections = {
  offers: true,
  charts: true,
  fit: true,
  prep: true,
  references: true,
};

/** The sections' names as the Summary's checkboxes show them. */
export const PDF_SECTION_LABELS: Record<PdfSection, string> = {
  offers: 'Offers in detail (pay year by year)',
  charts: 'Charts',
  fit: 'Role fit',
  prep: 'Interview prep',
  references: 'Reference figures and sources',
};

/** What the brief can be built from. */
export type BriefFacts = {
  /** Offers in the workbook. */
  offers: number;
  /** Offers that enter the pay comparison (with a base salary and a usable exchange rate). */
  comparableOffers: number;
  /** True when the role-fit worksheet has at least one answer. */
  fitAnswered: boolean;
  /** True when an offer is chosen as the decision. */
  decided: boolean;
  notes: string;
};

/**
 * What the brief would be missing, one sentence each saying what to add and
 * where, in the order a reader meets them on page 1. Empty when nothing is.
 */
export const missingForBrief = (facts: BriefFacts): string[] => {
  const out: string[] = [];
  if (facts.offers === 0) out.push('There are no offers yet: add them on the Offers page.');
  else if (facts.comparableOffers < 2)
    out.push(
      'Fewer than two offers have a base salary, so there is no pay comparison: complete them on the Offers page.',
    );
  if (!facts.fitAnswered)
    out.push('The role-fit worksheet has no answers, so there is no lean: fill it in on Role fit.');
  if (!facts.decided) out.push('No offer is chosen as your decision.');
  if (facts.notes.trim() === '') out.push('There are no decision notes.');
  return out;
};

/**
 * True when an export should be questioned first: no pay comparison at all,
 * or three or more of the brief's parts missing.
 */
export const isNearlyEmpty = (facts: BriefFacts): boolean =>
  facts.comparableOffers < 2 || missingForBrief(facts).length >= 3;

/** The opening of the decision notes for page 1, and whether the rest follows later. */
export type NotesExcerpt = { text: string; continued: boolean };

/**
 * The first lines of `notes` for the brief: at most `maxLines` lines and
 * `maxChars` characters (code points, so no emoji is cut in half), cut at the
 * last space before the limit when there is one, with "…" when cut.
 * `continued` is true exactly when something was left out. Trailing blank
 * lines never count.
 */
export const notesExcerpt = (notes: string, maxLines = 6, maxChars = 600): NotesExcerpt => {
  const trimmed = notes.replace(/\s+$/u, '');
  const lines = trimmed.split('\n');
  let text = lines.slice(0, maxLines).join('\n');
  let continued = lines.length > maxLines;
  const chars = Array.from(text);
  if (chars.length > maxChars) {
    const head = chars.slice(0, maxChars).join('');
    const space = head.search(/\s\S*$/u);
    text = space > maxChars / 2 ? head.slice(0, space) : head;
    continued = true;
  }
  return { text: continued ? `${text.replace(/\s+$/u, '')}…` : text, continued };
};
