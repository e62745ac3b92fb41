/**
 * Offer helpers for the offers worksheet: a new offer pre-filled from a
 * template's pay conventions, a duplicate, order after a move, the baseline
 * in effect, the currencies that still need an exchange rate, what a typed
 * percent means, and how a grant splits by year. Pure: ids and names come in
 * as arguments; nothing here reads the clock, storage or the DOM, and no
 * pay figure is computed here (that is `comp.ts`).
 */
import type { Offer, Vesting } from '../schemas/records';
import type { Template } from '../schemas/template';
import { roundHalfAwayFromZero } from './money';
import { vestingYearPct } from './vesting';

/** Role id for an offer outside the template's two roles. */
export const OTHER_ROLE_ID = 'other';

export type NewOfferInput = {
  id: string;
  workbookId: string;
  /** Place in the list (0-based); the caller passes the next free one. */
  position: number;
  name: string;
  /** A role id of the template, or {@link OTHER_ROLE_ID}. */
  roleId: string;
};

/**
 * A blank offer carrying the template's pay conventions: vesting preset and
 * its yearly split, sign-on paid monthly or not, bonus target, stock growth,
 * sign-on repayment rule, currency and the company name. Money starts at 0.
 * A template without conventions gives an even 4-year schedule with a
 * 1-year cliff, lump sign-ons, no bonus, 0% growth, no repayment, USD.
 * Every value stays editable; `isExample` is false.
 */
export function newOfferFromTemplate(template: Template | null, input: NewOfferInput): Offer {
  const c = template?.conventions ?? null;
  const preset = c?.vestingPreset ?? 'even-cliff';
  const yearPct = vestingYearPct(preset) ?? vestingYearPct('even-cliff');
  return {
    id: input.id,
    workbookId: input.workbookId,
    position: input.position,
    name: input.name,
    company: template?.company ?? '',
    roleId: input.roleId,
    level: '',
    location: '',
    currency: c?.currency ?? 'USD',
    baseSalary: 0,
    signOnYear1: 0,
    signOnYear2: 0,
    signOnPaidMonthly: c?.signOnPaidMonthly ?? false,
    bonusTargetPct: c?.bonusTargetPct ?? 0,
    rsuGrantValue: 0,
    vesting: { preset, yearPct },
    stockGrowthPct: c?.stockGrowthPct ?? 0,
    raisePct: 0,
    clawback: c?.clawback ?? 'none',
    equityIlliquid: false,
    deadline: null,
    scopeNotes: '',
    sources: {},
    isExample: false,
  };
}

/**
 * A name not yet used among `taken`: `base` itself, else "base 2", "base 3"…
 * Names are compared case-insensitively with surrounding spaces ignored.
 */
export function uniqueOfferName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.trim().toLowerCase()));
  if (!used.has(base.trim().toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base} ${i}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * A copy of `offer` under a new id, name "<name> (copy)" (an existing
 * " (copy)" or " (copy) n" suffix is dropped first; made unique among
 * `takenNames`, cut to the 80-character name limit), at `position`. The copy
 * is the user's own, so it is never marked as an example.
 */
export function duplicateOfferRecord(
  offer: Offer,
  id: string,
  position: number,
  takenNames: readonly string[],
): Offer {
  // Copying a copy numbers it ("X (copy) 2") rather than stacking "(copy) (copy)".
  const stem = offer.name.replace(/ \(copy\)(?: \d+)?$/, '');
  const base = `${stem.slice(0, 73)} (copy)`;
  return {
    ...offer,
    id,
    position,
    name: uniqueOfferName(base, takenNames).slice(0, 80),
    vesting: { ...offer.vesting, yearPct: [...offer.vesting.yearPct] },
    sources: { ...offer.sources },
    isExample: false,
  };
}

/**
 * The ids of `orderedIds` after moving `id` by `delta` places (−1 = one
 * earlier), clamped to the list's ends. Index in the result = new position.
 * An unknown id leaves the order as it is.
 */
export function moveInOrder(orderedIds: readonly string[], id: string, delta: number): string[] {
  const out = [...orderedIds];
  const from = out.indexOf(id);
  if (from < 0) return out;
  const to = Math.min(out.length - 1, Math.max(0, from + delta));
  out.splice(from, 1);
  out.splice(to, 0, id);
  return out;
}

/**
 * The offer others are compared against: the workbook's `baselineOfferId`
 * when it names one of `offers`, else the first offer, else null.
 */
export function effectiveBaselineId(
  offers: readonly Pick<Offer, 'id'>[],
  baselineOfferId: string | null,
): string | null {
  if (baselineOfferId !== null && offers.some((o) => o.id === baselineOfferId)) {
    return baselineOfferId;
  }
  return offers[0]?.id ?? null;
}

/**
 * The currencies among `offers` other than `baseCurrency`, each once, in
 * order of first appearance — the ones that need an exchange rate before
 * they can be compared with the baseline.
 */
export function foreignCurrencies(
  offers: readonly Pick<Offer, 'currency'>[],
  baseCurrency: string,
): string[] {
  const out: string[] = [];
  for (const o of offers) {
    if (o.currency !== baseCurrency && !out.includes(o.currency)) out.push(o.currency);
  }
  return out;
}

export type NumberParseResult = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads a percent or plain number as typed: optional spaces, an optional
 * leading sign (ASCII minus, the Unicode minus or a plus), digits with an
 * optional decimal point, and an optional trailing `%`. "15", "+15 %",
 * "−20", "2.5%" are read; "", "ten", "1,5" and "5%%" are refused with
 * a message. Range checks are the schema's job, not this function's.
 */
export function parseNumberInput(text: string): NumberParseResult {
  const trimmed = text.trim().replace(/^\u2212/, '-');
  if (trimmed === '') return { ok: false, message: 'Enter a number.' };
  const match = /^([+-]?)\s*(\d+(?:\.\d*)?|\.\d+)\s*%?$/.exec(trimmed);
  if (!match) return { ok: false, message: 'Enter a number, such as 15 or 2.5.' };
  const value = Number(match[2]);
  if (!Number.isFinite(value)) return { ok: false, message: 'Enter a number, such as 15 or 2.5.' };
  return { ok: true, value: match[1] === '-' && value !== 0 ? -value : value };
}

/**
 * Reads a custom vesting schedule typed as percents per year separated by
 * commas, slashes or spaces ("10, 20, 30, 40" or "5/15/40/40"). Returns the
 * numbers; whether they add up to 100 is the schema's check.
 */
export function parseYearPctInput(
  text: string,
): { ok: true; value: number[] } | { ok: false; message: string } {
  const parts = text
    .split(/[\s,/;]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, message: 'Enter a percent for each year.' };
  const value: number[] = [];
  for (const part of parts) {
    const parsed = parseNumberInput(part);
    if (!parsed.ok) return { ok: false, message: `“${part}” is not a number of percent.` };
    value.push(parsed.value);
  }
  return { ok: true, value };
}

/**
 * The grant's value at grant date split by year of the schedule, in cents:
 * grant × yearPct[i]/100, each rounded half away from zero. No stock growth
 * — this is what the user's grant means, not what it may become.
 */
export function grantSplitByYear(grantCents: number, vesting: Pick<Vesting, 'yearPct'>): number[] {
  return vesting.yearPct.map((pct) => roundHalfAwayFromZero((grantCents * pct) / 100));
}
