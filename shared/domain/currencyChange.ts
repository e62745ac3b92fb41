/**
 * Moving amounts from one currency to another, so an offer's stored minor
 * units are never silently reinterpreted: either the figures are kept as
 * typed (142,000 USD → 142,000 JPY, the minor units re-scaled to the new
 * currency's digits) or converted at an exchange rate (142,000 USD at 150 JPY
 * per USD → 21,300,000 JPY). Also gives a copy of an offer converted to the
 * baseline's currency, for charts that share one axis. Pure: no storage, no DOM.
 */
import { maxMinorUnits } from '../schemas/primitives';
import { OFFER_MONEY_FIELDS, type Offer } from '../schemas/records';
import { currencyMinorDigits, formatMoney, roundHalfAwayFromZero } from './money';

/** How the amounts follow a change of currency. `rate`: units of the new currency per one unit of the old. */
export type CurrencyChoice = { kind: 'keep' } | { kind: 'convert'; rate: number };

/** The offer's fields a change of currency rewrites (the refresher's value too, when there is one). */
export type CurrencyPatch = Pick<Offer, 'currency' | (typeof OFFER_MONEY_FIELDS)[number]> &
  Pick<Offer, 'refresher'>;

export type CurrencyChangeResult =
  | { ok: true; patch: CurrencyPatch }
  | { ok: false; message: string };

/**
 * Minor units of `from` as minor units of `to` for the same figure as typed:
 * ×10^(digits(to) − digits(from)), rounded half away from zero when digits
 * are lost ($142,000.50 = 14,200,050 cents → ¥142,001).
 */
export function rescaleMinor(minor: number, from: string, to: string): number {
  const shift = currencyMinorDigits(to) - currencyMinorDigits(from);
  return shift >= 0 ? minor * 10 ** shift : roundHalfAwayFromZero(minor / 10 ** -shift);
}

/**
 * Minor units of `from` converted to minor units of `to` at `rate` units of
 * `to` per one unit of `from`, rounded half away from zero to the minor unit:
 * minor / 10^digits(from) × rate × 10^digits(to). Throws a RangeError for a
 * rate that is not a finite positive number.
 */
export function convertMinor(minor: number, from: string, to: string, rate: number): number {
  if (!Number.isFinite(rate) || rate <= 0)
    throw new RangeError('An exchange rate must be above 0.');
  return roundHalfAwayFromZero(
    (minor / 10 ** currencyMinorDigits(from)) * rate * 10 ** currencyMinorDigits(to),
  );
}

/** Whether changing the currency would touch any amount (all zero: nothing to ask). */
export const hasAmounts = (
  offer: Pick<Offer, (typeof OFFER_MONEY_FIELDS)[number]> & Pick<Offer, 'refresher'>,
): boolean =>
  OFFER_MONEY_FIELDS.some((f) => offer[f] !== 0) || (offer.refresher?.annualValue ?? 0) !== 0;

/**
 * The patch that moves `offer` to currency `to` the way the user chose, or a
 * message when the result would break the new currency's limit or the rate is
 * unusable. Same currency: the amounts are left as they are.
 */
export function changeOfferCurrency(
  offer: Offer,
  to: string,
  choice: CurrencyChoice,
): CurrencyChangeResult {
  if (choice.kind === 'convert' && (!Number.isFinite(choice.rate) || choice.rate <= 0)) {
    return { ok: false, message: 'Enter an exchange rate above 0, such as 150.' };
  }
  const move = (minor: number): number => {
    if (offer.currency === to) return minor;
    return choice.kind === 'keep'
      ? rescaleMinor(minor, offer.currency, to)
      : convertMinor(minor, offer.currency, to, choice.rate);
  };
  const patch: CurrencyPatch = {
    currency: to,
    baseSalary: move(offer.baseSalary),
    signOnYear1: move(offer.signOnYear1),
    signOnYear2: move(offer.signOnYear2),
    rsuGrantValue: move(offer.rsuGrantValue),
  };
  // A refresher's yearly value is money of the offer's currency like the rest: it moves with it.
  if (offer.refresher) {
    patch.refresher = { ...offer.refresher, annualValue: move(offer.refresher.annualValue) };
  }
  const limit = maxMinorUnits(to);
  const over =
    OFFER_MONEY_FIELDS.find((f) => patch[f] > limit) ??
    ((patch.refresher?.annualValue ?? 0) > limit ? 'refresher' : undefined);
  if (over) {
    return {
      ok: false,
      message: `That would make an amount over ${formatMoney(limit, to, 'en-US')}, the limit for ${to} — check the rate.`,
    };
  }
  return { ok: true, patch };
}

/**
 * A copy of `offer` with its amounts converted into `currency` at `rate`
 * (units of `currency` per one unit of the offer's), for figures that must
 * share one axis. The same offer when it is already in `currency`.
 */
export function offerInCurrency(offer: Offer, currency: string, rate: number): Offer {
  if (offer.currency === currency) return offer;
  const moved = changeOfferCurrency(offer, currency, { kind: 'convert', rate });
  // Past the limit (a huge rate) the figures are still shown, converted without the check.
  if (moved.ok) return { ...offer, ...moved.patch };
  const convert = (m: number) => convertMinor(m, offer.currency, currency, rate);
  return {
    ...offer,
    currency,
    baseSalary: convert(offer.baseSalary),
    signOnYear1: convert(offer.signOnYear1),
    signOnYear2: convert(offer.signOnYear2),
    rsuGrantValue: convert(offer.rsuGrantValue),
    ...(offer.refresher
      ? {
          refresher: {
            ...offer.refresher,
            annualValue: convert(offer.refresher.annualValue),
          },
        }
      : {}),
  };
}
