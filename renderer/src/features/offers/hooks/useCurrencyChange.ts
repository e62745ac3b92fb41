/**
 * Asking before an offer's currency changes. `request(to)` is what a currency
 * field or cell calls with a valid new code: an offer with no amounts changes
 * at once; otherwise the question opens ({@link CurrencyChangeDialogProps})
 * and the promise settles when the user has answered — resolved once the
 * change is saved, rejected with a sentence when they cancel — so the field
 * shows the outcome where the user is looking. The stored minor units are
 * never reinterpreted: the patch comes from `changeOfferCurrency` in shared.
 */
import {
  type CurrencyChoice,
  changeOfferCurrency,
  hasAmounts,
  rescaleMinor,
} from '@shared/domain/currencyChange';
import { formatMoney } from '@shared/domain/money';
import type { Offer } from '@shared/schemas/records';
import { useRef, useState } from 'react';

/** Writes a patch to the offer (the editor's or the grid's commit). */
type Commit = (patch: Partial<Offer>) => Promise<void>;

export type CurrencyChangeDialogProps = {
  open: boolean;
  from: string;
  to: string;
  /** The base salary before and after keeping the figure as typed ("$142,000" → "¥142,000"). */
  keptExample: { from: string; to: string };
  /** An error from the last attempt (a bad rate, an amount over the limit, a failed write). */
  error: string | null;
  onChoose: (choice: CurrencyChoice) => void;
  onCancel: () => void;
};

type Pending = { to: string; resolve: () => void; reject: (err: Error) => void };

/** The question and its answer for one offer; see the module comment. */
export const useCurrencyChange = (
  offer: Offer,
  commit: Commit,
): { request: (to: string) => Promise<void>; dialog: CurrencyChangeDialogProps } => {
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(offer);
  latest.current = offer;

  const request = (to: string): Promise<void> => {
    const current = latest.current;
    if (to === current.currency) return Promise.resolve();
    if (!hasAmounts(current)) return commit({ currency: to });
    return new Promise<void>((resolve, reject) => {
      setError(null);
      setPending({ to, resolve, reject });
    });
  };

  const onChoose = (choice: CurrencyChoice) => {
    if (!pending) return;
    const result = changeOfferCurrency(latest.current, pending.to, choice);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    commit(result.patch).then(
      () => {
        pending.resolve();
        setPending(null);
      },
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  };

  const onCancel = () => {
    if (!pending) return;
    pending.reject(
      new Error(
        `Not changed: the offer stays in ${latest.current.currency}. Type ${latest.current.currency} back, or change it again.`,
      ),
    );
    setPending(null);
  };

  const to = pending?.to ?? offer.currency;
  return {
    request,
    dialog: {
      open: pending !== null,
      from: offer.currency,
      to,
      keptExample: {
        from: formatMoney(offer.baseSalary, offer.currency),
        to: formatMoney(rescaleMinor(offer.baseSalary, offer.currency, to), to),
      },
      error,
      onChoose,
      onCancel,
    },
  };
};
