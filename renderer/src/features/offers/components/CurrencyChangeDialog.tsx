/**
 * The question asked before an offer's currency changes: keep the figures as
 * typed, or convert them at an exchange rate the user gives. Presentational:
 * the answer goes to `useCurrencyChange`, which makes and saves the patch.
 */
import { Dialog } from '@renderer/components/Dialog';
import { Field } from '@renderer/components/Field';
import type { CurrencyChangeDialogProps } from '@renderer/features/offers/hooks/useCurrencyChange';
import { parseNumberInput } from '@shared/domain/offers';
import { useId, useState } from 'react';

export const CurrencyChangeDialog = ({
  open,
  from,
  to,
  keptExample,
  error,
  onChoose,
  onCancel,
}: CurrencyChangeDialogProps) => {
  const [mode, setMode] = useState<'keep' | 'convert'>('keep');
  const [rate, setRate] = useState('');
  const [rateError, setRateError] = useState<string | null>(null);
  const name = useId();
  const confirm = () => {
    if (mode === 'keep') {
      onChoose({ kind: 'keep' });
      return;
    }
    const parsed = parseNumberInput(rate.replace(',', '.'));
    if (!parsed.ok || parsed.value <= 0) {
      setRateError(`Enter how many ${to} one ${from} buys, such as 150.`);
      return;
    }
    setRateError(null);
    onChoose({ kind: 'convert', rate: parsed.value });
  };
  return (
    <Dialog
      open={open}
      title={`Change this offer from ${from} to ${to}?`}
      onClose={onCancel}
      actions={
        <>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={confirm}>
            Change to {to}
          </button>
        </>
      }
    >
      <fieldset className="currency-change">
        <legend>What should happen to the amounts already entered?</legend>
        <label className="currency-change__option">
          <input
            type="radio"
            name={name}
            checked={mode === 'keep'}
            onChange={() => setMode('keep')}
          />
          <span>
            Keep the figures as typed ({keptExample.from} becomes {keptExample.to})
          </span>
        </label>
        <label className="currency-change__option">
          <input
            type="radio"
            name={name}
            checked={mode === 'convert'}
            onChange={() => setMode('convert')}
          />
          <span>Convert them at an exchange rate</span>
        </label>
        {mode === 'convert' ? (
          <Field label={`${to} per 1 ${from}`} error={rateError}>
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={rate}
                autoComplete="off"
                onChange={(e) => setRate(e.target.value)}
              />
            )}
          </Field>
        ) : null}
      </fieldset>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
};
