/**
 * The "Taxes" block of the offers page: the workbook's filing status, the
 * household's other income, the switch between reading the verdict on gross
 * pay or on take-home, and plain words on what the take-home estimate
 * includes and leaves out. Writes through the feature's mutations; every
 * figure it describes is computed in `shared/domain/offerTakeHome`.
 */
import { DraftField } from '@renderer/components/DraftField';
import { Field } from '@renderer/components/Field';
import { useFailureToast } from '@renderer/components/Toast';
import { BUNDLED_TAX_TABLES, US_TAX_REGIONS } from '@shared/domain/tax';
import { DEFAULT_TAKE_HOME, type Workbook } from '@shared/schemas/records';
import type { FilingStatus, VerdictBasis } from '@shared/schemas/tax';
import { useEffect, useState } from 'react';
import { formatMoneyDraft, moneyReading, parseOtherIncome } from '../fieldParsers';
import { setTakeHomeSettings } from '../mutations';
import { SyncedSelect, storedOrReported } from './SyncedControls';

export const FILING_STATUS_LABELS: Record<FilingStatus, string> = {
  single: 'Single',
  marriedJointly: 'Married filing jointly',
  headOfHousehold: 'Head of household',
};

const BASIS_LABELS: Record<VerdictBasis, string> = {
  gross: 'Gross pay (before tax)',
  'take-home': 'Take-home pay (estimate after tax)',
};

/** The names of the US regions without a sourced state table (they use the user's rate). */
const untabledRegions = (): string =>
  US_TAX_REGIONS.filter((r) => r.id !== 'us-other' && !BUNDLED_TAX_TABLES.states[r.id])
    .map((r) => r.name)
    .join('; ');

export const TaxSettings = ({ workbook }: { workbook: Workbook }) => {
  const fail = useFailureToast('That change was not saved. ');
  const settings = workbook.takeHome ?? DEFAULT_TAKE_HOME;
  const year = BUNDLED_TAX_TABLES.federal.taxYear;
  // The choice shows at once and follows the saved value, as SyncedSelect does for selects.
  const [basis, setBasis] = useState(settings.basis);
  useEffect(() => setBasis(settings.basis), [settings.basis]);
  return (
    <section className="tax-settings" aria-labelledby="tax-settings-title">
      <h3 id="tax-settings-title">Taxes</h3>
      <div className="offers__controls">
        <Field label="Filing status" hint="Sets the brackets and the standard deduction.">
          {(control) => (
            <SyncedSelect
              {...control}
              value={settings.filingStatus}
              onValue={(v) =>
                storedOrReported(
                  setTakeHomeSettings(workbook.id, { filingStatus: v as FilingStatus }),
                  fail,
                )
              }
            >
              {(Object.keys(FILING_STATUS_LABELS) as FilingStatus[]).map((s) => (
                <option key={s} value={s}>
                  {FILING_STATUS_LABELS[s]}
                </option>
              ))}
            </SyncedSelect>
          )}
        </Field>
        <DraftField
          label="Other household income per year (USD)"
          hint="A spouse’s wages, say; it moves your pay into higher brackets. 0 when none."
          value={settings.otherIncome}
          format={formatMoneyDraft('USD')}
          parse={parseOtherIncome}
          readBack={moneyReading('USD')}
          onCommit={(otherIncome) => setTakeHomeSettings(workbook.id, { otherIncome })}
          draftKey={{ key: `workbook:${workbook.id}:otherIncome`, section: 'offers' }}
          inputMode="decimal"
        />
        <fieldset className="growth-control">
          <legend>The verdict reads</legend>
          {(Object.keys(BASIS_LABELS) as VerdictBasis[]).map((b) => (
            <label key={b} className="growth-control__option">
              <input
                type="radio"
                name="verdict-basis"
                checked={basis === b}
                onChange={() => {
                  setBasis(b);
                  setTakeHomeSettings(workbook.id, { basis: b }).catch((err: unknown) => {
                    setBasis(settings.basis);
                    fail(err);
                  });
                }}
              />{' '}
              {BASIS_LABELS[b]}
            </label>
          ))}
          <p className="field__hint">Remembered for this workbook; the PDF and CSV follow it.</p>
        </fieldset>
      </div>
      <div className="tax-settings__scope" data-testid="take-home-scope">
        <p>
          <strong>Take-home is an estimate.</strong> It counts everything an offer pays in a year as
          wages — base, bonus, sign-on, and RSUs at their value when they vest — and takes off US
          federal income tax (standard deduction only), Social Security, Medicare, the Additional
          Medicare tax, and state and city income tax where the app has that state’s table
          (Washington and Texas, which tax no wages). The {year} tables are applied to every year.
        </p>
        <p>
          It leaves out pre-tax 401(k) and benefit deductions, tax credits, itemised deductions, and
          other income unless you enter it above. For places without a sourced table (
          {untabledRegions()}; anywhere else) it uses the rate you type for the offer, shown as
          “your rate”; outside the US, your rate stands for all tax on the pay.
        </p>
      </div>
    </section>
  );
};
