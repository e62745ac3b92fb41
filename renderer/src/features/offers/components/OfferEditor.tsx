/**
 * The editor for one offer: its fields grouped as basics, pay, equity, terms
 * and sources, each committed as soon as it is valid. Shows how the RSU grant
 * splits by year right under the grant as it is typed. Reads nothing from
 * storage; writes only through the feature's mutations.
 */

import { DraftField } from '@renderer/components/DraftField';
import { Field } from '@renderer/components/Field';
import { useFailureToast } from '@renderer/components/Toast';
import {
  formatMoneyDraft,
  formatNumberDraft,
  type MoneyField,
  moneyReading,
  type PercentField,
  parseCurrency,
  parseCustomYearPct,
  parseDeadline,
  parseMoneyField,
  parsePercentField,
  parseTextField,
  type TextField,
} from '@renderer/features/offers/fieldParsers';
import { useCurrencyChange } from '@renderer/features/offers/hooks/useCurrencyChange';
import { editOffer } from '@renderer/features/offers/mutations';
import type { OfferPatch } from '@renderer/features/offers/pendingEdits';
import { currencyMinorDigits, formatMoney } from '@shared/domain/money';
import { grantSplitByYear, OTHER_ROLE_ID } from '@shared/domain/offers';
import { vestingYearPct } from '@shared/domain/vesting';
import type { NumberSource, Offer, OfferNumberField } from '@shared/schemas/records';
import type { Clawback, Template, VestingPreset } from '@shared/schemas/template';
import { useId, useState } from 'react';
import { CurrencyChangeDialog } from './CurrencyChangeDialog';
import { SyncedCheckbox, SyncedSelect } from './SyncedControls';

export const NUMBER_FIELD_LABELS: Record<OfferNumberField, string> = {
  baseSalary: 'Base salary',
  signOnYear1: 'Sign-on bonus, year 1',
  signOnYear2: 'Sign-on bonus, year 2',
  bonusTargetPct: 'Annual bonus target (%)',
  rsuGrantValue: 'RSU grant value',
  stockGrowthPct: 'Stock growth per year (%)',
  raisePct: 'Annual raise (%)',
};

const SOURCE_LABELS: Record<NumberSource, string> = {
  'offer-letter': 'Offer letter',
  'recruiter-verbal': 'Recruiter, verbal',
  'public-data': 'Public data',
  estimate: 'My estimate',
};

const PRESET_LABELS: Record<VestingPreset, string> = {
  amazon: 'Amazon: 5 / 15 / 40 / 40',
  'even-cliff': 'Even: 25 / 25 / 25 / 25, 1-year cliff',
  custom: 'Custom percents per year',
};

const CLAWBACK_LABELS: Record<Clawback, string> = {
  none: 'None — nothing to repay',
  prorated: 'Pro-rated — repay the unearned part',
  full: 'Full — repay it all within the year',
};

const save = (offer: Offer) => (patch: OfferPatch) => editOffer(offer, patch);

export const OfferEditor = ({ offer, template }: { offer: Offer; template: Template }) => {
  const commit = save(offer);
  // Selects and checkboxes have no message line of their own: a write they start that fails
  // (the offer removed elsewhere, say) is told in a toast; the shown value returns to the stored one.
  const notSaved = useFailureToast('That change was not saved. ');
  const commitChoice = (patch: OfferPatch) => {
    commit(patch).catch(notSaved);
  };
  const ids = useId();
  const currencyChange = useCurrencyChange(offer, commit);
  const [grantPreview, setGrantPreview] = useState<number | null>(null);
  const grant = grantPreview ?? offer.rsuGrantValue;
  const split = grantSplitByYear(grant, offer.vesting);
  const money = (cents: number) => formatMoney(cents, offer.currency);

  const text = (field: TextField, label: string, extra: { multiline?: boolean } = {}) => (
    <DraftField
      label={label}
      value={offer[field]}
      format={(v) => v}
      parse={parseTextField(field)}
      onCommit={(v) => commit({ [field]: v })}
      {...extra}
    />
  );
  const moneyField = (field: MoneyField, hint?: string) => (
    <DraftField
      label={NUMBER_FIELD_LABELS[field]}
      value={offer[field]}
      format={formatMoneyDraft(offer.currency)}
      parse={parseMoneyField(field, offer.currency)}
      readBack={moneyReading(offer.currency)}
      onCommit={(v) => commit({ [field]: v })}
      inputMode="decimal"
      hint={hint}
    />
  );
  const percent = (field: PercentField, hint?: string) => (
    <DraftField
      label={NUMBER_FIELD_LABELS[field]}
      value={offer[field]}
      format={formatNumberDraft}
      parse={parsePercentField(field)}
      onCommit={(v) => commit({ [field]: v })}
      inputMode="decimal"
      hint={hint}
    />
  );

  const setPreset = (preset: VestingPreset) => {
    const yearPct = vestingYearPct(preset) ?? [...offer.vesting.yearPct];
    commitChoice({ vesting: { preset, yearPct } });
  };

  return (
    <div className="offer-editor">
      {offer.isExample ? (
        <p className="banner banner--warn">
          <strong>Example offer.</strong> These figures are made up to show how the page works,
          close to public figures for the role. Edit them or delete this offer.
        </p>
      ) : null}
      <div className="offer-editor__groups">
        <fieldset>
          <legend>Basics</legend>
          {text('name', 'Offer name')}
          {text('company', 'Company')}
          <Field label="Role">
            {(control) => (
              <SyncedSelect
                {...control}
                value={offer.roleId}
                onValue={(v) => commitChoice({ roleId: v })}
              >
                {template.roles.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.shortName} — {r.name}
                  </option>
                ))}
                <option value={OTHER_ROLE_ID}>Other</option>
              </SyncedSelect>
            )}
          </Field>
          {text('level', 'Level')}
          {text('location', 'Location')}
          <DraftField
            label="Currency"
            value={offer.currency}
            format={(v) => v}
            parse={parseCurrency}
            onCommit={currencyChange.request}
            hint="Three letters, such as USD, EUR or GBP."
          />
          <CurrencyChangeDialog {...currencyChange.dialog} />
        </fieldset>

        <fieldset>
          <legend>Pay</legend>
          {moneyField(
            'baseSalary',
            `Per year, before tax. “142k” or “${money(142_000 * 10 ** currencyMinorDigits(offer.currency))}” both work.`,
          )}
          {moneyField('signOnYear1')}
          {moneyField('signOnYear2')}
          <label className="offer-editor__check" htmlFor={`${ids}-monthly`}>
            <SyncedCheckbox
              id={`${ids}-monthly`}
              checked={offer.signOnPaidMonthly}
              onValue={(v) => commitChoice({ signOnPaidMonthly: v })}
            />{' '}
            Sign-on paid monthly over each year
          </label>
          {percent('bonusTargetPct', 'Percent of base; 0 when there is none.')}
          {percent('raisePct', 'Yearly change of the base, for years 2–4.')}
        </fieldset>

        <fieldset>
          <legend>Equity</legend>
          <DraftField
            label={NUMBER_FIELD_LABELS.rsuGrantValue}
            value={offer.rsuGrantValue}
            format={formatMoneyDraft(offer.currency)}
            parse={parseMoneyField('rsuGrantValue', offer.currency)}
            readBack={moneyReading(offer.currency)}
            onCommit={(v) => commit({ rsuGrantValue: v })}
            onValid={setGrantPreview}
            inputMode="decimal"
            hint={
              <>
                The whole grant’s value on the grant date — not a yearly figure.
                <span className="offer-editor__split" data-testid="grant-split">
                  {' '}
                  Vests{' '}
                  {split.map((cents, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: years are positional.
                    <span key={i}>
                      {i > 0 ? ' · ' : ''}year {i + 1}: {money(cents)}
                    </span>
                  ))}
                </span>
              </>
            }
          />
          <Field label="Vesting schedule">
            {(control) => (
              <SyncedSelect
                {...control}
                value={offer.vesting.preset}
                onValue={(v) => setPreset(v as VestingPreset)}
              >
                {(Object.keys(PRESET_LABELS) as VestingPreset[]).map((p) => (
                  <option key={p} value={p}>
                    {PRESET_LABELS[p]}
                  </option>
                ))}
              </SyncedSelect>
            )}
          </Field>
          {offer.vesting.preset === 'custom' ? (
            <DraftField
              label="Custom vesting, percent per year"
              value={offer.vesting.yearPct}
              format={(v) => v.join(', ')}
              parse={parseCustomYearPct}
              onCommit={(yearPct) => commit({ vesting: { preset: 'custom', yearPct } })}
              hint="Year 1 first, separated by commas; they must add up to 100."
            />
          ) : null}
          {percent('stockGrowthPct', 'Assumed yearly change of the share price.')}
          <label className="offer-editor__check" htmlFor={`${ids}-illiquid`}>
            <SyncedCheckbox
              id={`${ids}-illiquid`}
              checked={offer.equityIlliquid}
              onValue={(v) => commitChoice({ equityIlliquid: v })}
            />{' '}
            Shares cannot be sold yet (private company)
          </label>
        </fieldset>

        <fieldset>
          <legend>Terms</legend>
          <Field label="Sign-on repayment if you leave early">
            {(control) => (
              <SyncedSelect
                {...control}
                value={offer.clawback}
                onValue={(v) => commitChoice({ clawback: v as Clawback })}
              >
                {(Object.keys(CLAWBACK_LABELS) as Clawback[]).map((c) => (
                  <option key={c} value={c}>
                    {CLAWBACK_LABELS[c]}
                  </option>
                ))}
              </SyncedSelect>
            )}
          </Field>
          <DraftField
            label="Decision deadline"
            type="date"
            value={offer.deadline}
            format={(v) => v ?? ''}
            parse={parseDeadline}
            onCommit={(v) => commit({ deadline: v })}
          />
          {text('scopeNotes', 'Scope notes', { multiline: true })}
        </fieldset>

        <fieldset className="offer-editor__sources">
          <legend>Where each number comes from</legend>
          {(Object.keys(NUMBER_FIELD_LABELS) as OfferNumberField[]).map((field) => (
            <Field key={field} label={`Source: ${NUMBER_FIELD_LABELS[field]}`}>
              {(control) => (
                <SyncedSelect
                  {...control}
                  value={offer.sources[field] ?? ''}
                  onValue={(v) => {
                    const sources = { ...offer.sources };
                    if (v === '') delete sources[field];
                    else sources[field] = v as NumberSource;
                    commitChoice({ sources });
                  }}
                >
                  <option value="">Not said</option>
                  {(Object.keys(SOURCE_LABELS) as NumberSource[]).map((s) => (
                    <option key={s} value={s}>
                      {SOURCE_LABELS[s]}
                    </option>
                  ))}
                </SyncedSelect>
              )}
            </Field>
          ))}
        </fieldset>
      </div>
      {template.conventions ? (
        <details className="offer-editor__conventions">
          <summary>How {template.company ?? 'this template'} pays — the pre-filled values</summary>
          <ul>
            {template.conventions.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
};
