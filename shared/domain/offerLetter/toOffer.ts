/**
 * What the figures the user accepted from an offer letter change in an offer:
 * a patch of offer fields, with every number's source set to 'offer-letter'.
 * Owns only the mapping — validation is the offer schema's, run by the
 * mutation that writes the patch, exactly as for typed values.
 */
import type { NumberSource, Offer, OfferNumberField } from '../../schemas/records';
import { roundHalfAwayFromZero } from '../money';
import type { LetterExtraction, LetterField } from './extract';

/** The offer fields a letter can set. */
export type LetterPatch = Partial<
  Pick<
    Offer,
    | 'name'
    | 'level'
    | 'location'
    | 'currency'
    | 'baseSalary'
    | 'signOnYear1'
    | 'signOnYear2'
    | 'signOnPaidMonthly'
    | 'bonusTargetPct'
    | 'rsuGrantValue'
    | 'vesting'
    | 'deadline'
    | 'clawback'
    | 'scopeNotes'
  >
> & { sources: Partial<Record<OfferNumberField, NumberSource>> };

/**
 * The grant's value from units and a share price the user typed, in minor
 * units: units × price, rounded half away from zero. Example: 310 units at
 * $185.50 (18,550 cents) → 5,750,500 cents ($57,505).
 */
export function grantFromUnits(units: number, sharePriceCents: number): number {
  return roundHalfAwayFromZero(units * sharePriceCents);
}

/**
 * The patch for the fields in `accepted`. `rsuGrantValue` may be given
 * separately (worked out from a share price the user typed) and then wins
 * over the letter's. `existing` is the offer being updated (null for a new
 * one): its sources and scope notes are kept and added to, never replaced.
 * The title becomes the offer's name, a start date a line in its notes;
 * text is cut to the schema's length limits.
 */
export function letterToOfferPatch(
  extraction: LetterExtraction,
  accepted: ReadonlySet<LetterField>,
  existing: Pick<Offer, 'sources' | 'scopeNotes'> | null,
  grantOverrideCents: number | null = null,
): LetterPatch {
  const f = extraction.fields;
  const take = <K extends LetterField>(k: K) => (accepted.has(k) ? f[k] : undefined);
  const patch: LetterPatch = { sources: { ...(existing?.sources ?? {}) } };
  const number = (k: OfferNumberField, value: number | undefined) => {
    if (value === undefined) return;
    (patch as Record<string, unknown>)[k] = value;
    patch.sources[k] = 'offer-letter';
  };
  number('baseSalary', take('baseSalary')?.value);
  number('signOnYear1', take('signOnYear1')?.value);
  number('signOnYear2', take('signOnYear2')?.value);
  number('bonusTargetPct', take('bonusTargetPct')?.value);
  if (accepted.has('rsuGrantValue')) {
    number('rsuGrantValue', grantOverrideCents ?? f.rsuGrantValue?.value);
  }
  const monthly = take('signOnPaidMonthly');
  if (monthly) patch.signOnPaidMonthly = monthly.value;
  const vesting = take('vesting');
  if (vesting)
    patch.vesting = { preset: vesting.value.preset, yearPct: [...vesting.value.yearPct] };
  const title = take('title');
  if (title) patch.name = title.value.slice(0, 80);
  const level = take('level');
  if (level) patch.level = level.value.slice(0, 40);
  const location = take('location');
  if (location) patch.location = location.value.slice(0, 80);
  const currency = take('currency');
  if (currency) patch.currency = currency.value;
  const deadline = take('deadline');
  if (deadline) patch.deadline = deadline.value;
  const clawback = take('clawback');
  if (clawback) patch.clawback = clawback.value;
  const start = take('startDate');
  if (start) {
    const line = `Start date (from the offer letter): ${start.value}.`;
    const notes = existing?.scopeNotes ?? '';
    patch.scopeNotes = (notes.trim() === '' ? line : `${notes.trimEnd()}\n${line}`).slice(0, 4000);
  }
  return patch;
}
