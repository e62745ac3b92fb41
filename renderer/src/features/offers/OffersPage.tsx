/**
 * The offers worksheet: the verdict on top (who pays more and by how much),
 * the grid of offers side by side (fields as rows, results last), the
 * comparison controls (baseline, stock growth, exchange rates), each year's
 * parts folded away, and the charts. Reads through `useOffers` and the shared
 * assessment hook, writes through `mutations.ts`; all figures come from the
 * shared comp engine via `buildComparison` and `shared/domain/verdict`.
 */

import { AfterFirstPaint } from '@renderer/components/AfterFirstPaint';
import { CsvExportButton } from '@renderer/components/CsvExportButton';
import { DraftField } from '@renderer/components/DraftField';
import { EmptyState } from '@renderer/components/EmptyState';
import { Field } from '@renderer/components/Field';
import { LazyPart } from '@renderer/components/LazyPart';
import { ComparisonTable } from '@renderer/components/offers/ComparisonTable';
import { VerdictStrip } from '@renderer/components/offers/VerdictStrip';
import { useFailureToast } from '@renderer/components/Toast';
import { useUndoableAction } from '@renderer/components/useUndoableAction';
import { WhatCouldChange } from '@renderer/components/WhatCouldChange';
import { useValueAfterPaint } from '@renderer/lib/afterPaint';
import { useReadyWhen } from '@renderer/lib/appReady';
import { buildComparison, type Comparison } from '@renderer/lib/comparison';
import type { PageProps } from '@renderer/lib/pageProps';
import { deepEqual } from '@renderer/lib/structuralSharing';
import { unsavedDrafts } from '@renderer/lib/unsavedDrafts';
import { useAssessment } from '@renderer/lib/useAssessment';
import { useOffers } from '@renderer/lib/useOffers';
import { PROJECTION_YEARS, SUMMARY_YEARS } from '@shared/domain/comp';
import { convertedLabel } from '@shared/domain/compCharts';
import { scoreRoleFit } from '@shared/domain/fit';
import { buildTakeHomeComparison, householdOf } from '@shared/domain/offerTakeHome';
import { BUNDLED_TAX_TABLES } from '@shared/domain/tax';
import { buildVerdict, fitLean } from '@shared/domain/verdict';
import { whatCouldChange } from '@shared/domain/whatCouldChange';
import type { Offer } from '@shared/schemas/records';
import { lazy, memo, useEffect, useMemo, useState } from 'react';
import { type ColumnActions, OfferGrid } from './components/OfferGrid';
import { PasteOfferLetterButton } from './components/PasteOfferLetter';
import { SyncedSelect, storedOrReported } from './components/SyncedControls';
import { TaxSettings } from './components/TaxSettings';
import { parseFxRate } from './fieldParsers';
import {
  addOffer,
  deleteOffer,
  duplicateOffer,
  moveOffer,
  setBaseline,
  setFxRate,
  setProjectionYears,
} from './mutations';
import '@renderer/components/offers/offers.css';

// Charts are memoised so they render only when their figures change, and lazy so the first
// screen does not wait for recharts.
const OfferCharts = lazy(() =>
  import('./components/OfferCharts').then((m) => ({ default: memo(m.OfferCharts) })),
);

/** The growth choices: undefined = each offer's own assumption. */
const GROWTH_CHOICES: { value: number | undefined; label: string }[] = [
  { value: undefined, label: 'As entered' },
  { value: -20, label: '−20%' },
  { value: 0, label: '0%' },
  { value: 10, label: '+10%' },
  { value: 15, label: '+15%' },
];

/** Where focus goes once the offers list shows the change an action made. */
type FocusTarget = { offerId: string; at: 'name' | 'menu' } | { offerId: null; at: 'add' };

const focusTarget = (target: FocusTarget): boolean => {
  const selector =
    target.at === 'add'
      ? '[data-add-offer]'
      : target.at === 'name'
        ? `[data-draft-key="offer:${CSS.escape(target.offerId)}:name"]`
        : `[data-menu-for="${CSS.escape(target.offerId)}"]`;
  const el = document.querySelector<HTMLElement>(selector);
  el?.focus();
  return el !== null;
};

export const OffersPage = ({ workbook, template }: PageProps) => {
  const offers = useOffers(workbook.id);
  const assessment = useAssessment(workbook.id);
  const [growth, setGrowth] = useState<number | undefined>(undefined);
  const [focusNext, setFocusNext] = useState<FocusTarget | null>(null);
  const fail = useFailureToast();
  const runUndoable = useUndoableAction(fail);
  const horizon = workbook.projectionYears ?? SUMMARY_YEARS;

  const comparison = useMemo(
    () =>
      offers
        ? buildComparison(
            offers,
            workbook.baselineOfferId,
            workbook.fxRates,
            template.references,
            growth,
            horizon,
          )
        : null,
    [offers, workbook.baselineOfferId, workbook.fxRates, template.references, growth, horizon],
  );
  const verdict = useMemo(
    () =>
      offers && comparison
        ? buildVerdict(offers, comparison.baselineId, {
            fxRates: workbook.fxRates,
            ...(growth === undefined ? {} : { stockGrowthPct: growth }),
            basis: workbook.takeHome?.basis ?? 'gross',
            household: householdOf(workbook.takeHome),
          })
        : null,
    [offers, comparison, workbook.fxRates, growth, workbook.takeHome],
  );
  const takeHome = useMemo(
    () =>
      offers && comparison
        ? buildTakeHomeComparison(offers, comparison.baselineId, workbook.takeHome, {
            fxRates: workbook.fxRates,
            stockGrowthPct: growth,
            grossAveragesInBaseline: new Map(
              comparison.vsBaseline.rows.map((r) => [
                r.offerId,
                r.comparable ? r.averageAnnualInBaseline : null,
              ]),
            ),
          })
        : null,
    [offers, comparison, workbook.takeHome, workbook.fxRates, growth],
  );
  // The fit score does not move with the offers: computed once per answer, not per edit.
  const fitScore = useMemo(
    () => (assessment ? scoreRoleFit(assessment, template) : null),
    [assessment, template],
  );
  const lean = useMemo(
    () => (verdict && fitScore ? fitLean(verdict, fitScore, template.roles) : null),
    [verdict, fitScore, template.roles],
  );

  // Focus follows an action once the list shows its result (the new column, the moved one).
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-runs when the offers change on purpose.
  useEffect(() => {
    if (focusNext && focusTarget(focusNext)) setFocusNext(null);
  }, [focusNext, offers]);

  useReadyWhen(offers !== undefined);

  if (offers === undefined) return <p aria-busy="true">Loading offers…</p>;

  const add = async () => {
    try {
      const id = await addOffer(workbook.id, template, template.roles[0].id);
      setFocusNext({ offerId: id, at: 'name' });
    } catch (err) {
      fail(err);
    }
  };

  const addButton = (
    <button type="button" className="button--primary" data-add-offer onClick={() => void add()}>
      Add offer
    </button>
  );

  const pasteButton = (
    <PasteOfferLetterButton
      workbook={workbook}
      template={template}
      offers={offers}
      onSaved={(id) => setFocusNext({ offerId: id, at: 'name' })}
    />
  );

  if (offers.length === 0) {
    return (
      <EmptyState
        title="No offers yet — add your first offer"
        action={
          <>
            {addButton} {pasteButton}
          </>
        }
      >
        <p>
          Each offer you enter shows here side by side: pay year by year, the four-year total, the
          gap between offers, and what leaving early would cost. A new offer starts with{' '}
          {template.company ?? 'the template'}’s usual pay terms filled in.
        </p>
      </EmptyState>
    );
  }

  const remove = (offer: Offer) =>
    runUndoable(() => deleteOffer(offer.id), {
      text: () => `Deleted “${offer.name}”.`,
      onDone: () => {
        unsavedDrafts.releaseAll(`offer:${offer.id}:`);
        setFocusNext({ offerId: null, at: 'add' });
      },
      onUndone: (deleted) => setFocusNext({ offerId: deleted.id, at: 'menu' }),
    });

  const actions: ColumnActions = {
    markBaseline: (offer) => {
      setBaseline(workbook.id, offer.id).then(
        () => setFocusNext({ offerId: offer.id, at: 'menu' }),
        fail,
      );
    },
    duplicate: (offer) => {
      duplicateOffer(offer.id).then((id) => setFocusNext({ offerId: id, at: 'name' }), fail);
    },
    move: (offer, delta) => {
      moveOffer(offer.id, delta).then(() => setFocusNext({ offerId: offer.id, at: 'menu' }), fail);
    },
    remove: (offer) => void remove(offer),
  };

  const growthLabel =
    growth === undefined ? 'as entered in each offer' : `${growth > 0 ? '+' : ''}${growth}% a year`;

  return (
    <div className="offers">
      {verdict ? (
        <VerdictStrip verdict={verdict} fit={lean}>
          <DeferredWhatCouldChange
            offers={offers}
            currency={comparison?.baselineCurrency}
            basis={verdict.basis}
          />
        </VerdictStrip>
      ) : null}

      <section className="offers__edit" aria-labelledby="offers-edit-title">
        <div className="offers__bar">
          <h2 id="offers-edit-title">Your offers</h2>
          <div className="offers__bar-actions">
            {pasteButton}
            {addButton}
          </div>
        </div>
        {offers.some((o) => o.isExample) ? (
          <p className="banner banner--warn">
            <strong>Example offers.</strong> The figures marked “example” are made up to show how
            the page works, close to public figures for the role. Edit them or delete them.
          </p>
        ) : null}
        {comparison && verdict ? (
          <OfferGrid
            offers={offers}
            template={template}
            comparison={comparison}
            verdict={verdict}
            actions={actions}
            takeHome={takeHome}
          />
        ) : null}
        {/* Below the grid, so it follows with the grid's lower groups, after the first frame. */}
        {template.conventions ? (
          <AfterFirstPaint>
            <details className="offer-editor__conventions">
              <summary>
                How {template.company ?? 'this template'} pays — the pre-filled values
              </summary>
              <ul>
                {template.conventions.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </details>
          </AfterFirstPaint>
        ) : null}
      </section>

      {comparison ? (
        <section className="offers__compare" aria-labelledby="offers-compare-title">
          <h2 id="offers-compare-title">Compare</h2>
          {/* Below the grid, so drawn once the first screen has painted. */}
          <AfterFirstPaint>
            <CompareControls
              workbookId={workbook.id}
              offers={offers}
              baselineId={comparison.baselineId}
              baselineCurrency={comparison.baselineCurrency}
              foreign={comparison.foreign}
              fxRates={workbook.fxRates}
              growth={growth}
              onGrowth={setGrowth}
              horizon={horizon}
              onError={fail}
            />
            <MemoTaxSettings workbook={workbook} />
            <ChartCurrencyNote
              converted={comparison.converted}
              leftOut={comparison.leftOut}
              baselineCurrency={comparison.baselineCurrency}
            />
            <FoldedYearParts offers={offers} comparison={comparison} growthLabel={growthLabel} />
            <CsvExportButton
              offers={offers}
              summaries={comparison.summaries}
              gaps={comparison.vsBaseline.rows}
              currency={comparison.baselineCurrency}
              {...(takeHome
                ? {
                    takeHome: {
                      basis: workbook.takeHome?.basis ?? 'gross',
                      taxYear: BUNDLED_TAX_TABLES.federal.taxYear,
                      results: takeHome.results,
                      gaps: takeHome.gaps,
                    },
                  }
                : {})}
            />
            <LazyPart fallback={<p aria-busy="true">Loading charts…</p>}>
              <OfferCharts comparison={comparison} onError={fail} />
            </LazyPart>
          </AfterFirstPaint>
        </section>
      ) : null}
    </div>
  );
};

/** What the comparison's controls show, for `CompareControls`. */
type CompareControlsProps = {
  workbookId: string;
  offers: readonly Offer[];
  baselineId: string;
  baselineCurrency: string;
  /** Currencies other than the baseline's, each with its exchange-rate field. */
  foreign: readonly string[];
  fxRates: Readonly<Record<string, number>>;
  growth: number | undefined;
  onGrowth: (growth: number | undefined) => void;
  horizon: number;
  onError: (err: unknown) => void;
};

/**
 * The baseline choice, the stock growth and horizon of the comparison and the
 * exchange rates. Memoised on what they show (the offers only by id and name,
 * for the baseline's list), so a figure typed in the grid does not redraw them.
 */
const CompareControls = memo(
  function CompareControls({
    workbookId,
    offers,
    baselineId,
    baselineCurrency,
    foreign,
    fxRates,
    growth,
    onGrowth,
    horizon,
    onError,
  }: CompareControlsProps) {
    return (
      <div className="offers__controls">
        <Field label="Baseline" hint="Gaps are measured against this offer.">
          {(control) => (
            <SyncedSelect
              {...control}
              value={baselineId}
              onValue={(v) => storedOrReported(setBaseline(workbookId, v), onError)}
            >
              {offers.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </SyncedSelect>
          )}
        </Field>
        <fieldset className="growth-control">
          <legend>Stock growth per year, for this comparison</legend>
          {GROWTH_CHOICES.map((c) => (
            <label key={c.label} className="growth-control__option">
              <input
                type="radio"
                name="comparison-growth"
                checked={growth === c.value}
                onChange={() => onGrowth(c.value)}
              />{' '}
              {c.label}
            </label>
          ))}
          <p className="field__hint">
            Changes the comparison only; the offers keep their own value.
          </p>
        </fieldset>
        <fieldset className="growth-control" data-testid="horizon-control">
          <legend>Years shown by year</legend>
          {PROJECTION_YEARS.map((years) => (
            <label key={years} className="growth-control__option">
              <input
                type="radio"
                name="projection-years"
                checked={horizon === years}
                onChange={() => setProjectionYears(workbookId, years).catch(onError)}
              />{' '}
              {years} years
            </label>
          ))}
          <p className="field__hint">
            For the table of each year’s parts and the By year chart. Years 5–6 show what is left
            once the sign-on and the first grant end. Totals and gaps stay 4-year.
          </p>
        </fieldset>
        {foreign.map((currency) => (
          <FxRateField
            key={currency}
            currency={currency}
            baseCurrency={baselineCurrency}
            value={fxRates[currency] ?? null}
            onCommit={(rate) => setFxRate(workbookId, currency, rate)}
          />
        ))}
      </div>
    );
  },
  (a, b) =>
    a.workbookId === b.workbookId &&
    a.baselineId === b.baselineId &&
    a.baselineCurrency === b.baselineCurrency &&
    a.fxRates === b.fxRates &&
    a.growth === b.growth &&
    a.onGrowth === b.onGrowth &&
    a.horizon === b.horizon &&
    a.onError === b.onError &&
    a.foreign.join() === b.foreign.join() &&
    a.offers.length === b.offers.length &&
    a.offers.every((o, i) => o.id === b.offers[i]?.id && o.name === b.offers[i]?.name),
);

/** The tax block reads only the workbook, which an offer edit leaves as it was. */
const MemoTaxSettings = memo(TaxSettings);

/**
 * "What could change the answer", one step behind the figures like the charts:
 * its sentences search each pair of offers for crossings (several milliseconds
 * with six offers), so they follow in a render started after the numbers'
 * frame has painted (`useValueAfterPaint`). Each offer's own growth, like the
 * Summary: the sentences name that assumption.
 */
const DeferredWhatCouldChange = ({
  offers,
  currency,
  basis,
}: {
  offers: readonly Offer[];
  currency: string | undefined;
  basis: 'gross' | 'take-home';
}) => {
  const live = useMemo(() => ({ offers, currency }), [offers, currency]);
  const shown = useValueAfterPaint(live);
  const lines = useMemo(
    () => whatCouldChange(shown.offers, shown.currency ? { currency: shown.currency } : {}),
    [shown],
  );
  return <WhatCouldChange lines={lines} className="verdict__changes" verdictBasis={basis} />;
};

/**
 * Each year's parts, folded under "Show each year's parts". The table renders
 * only while the fold is open: closed, an edit costs it nothing. The open state
 * follows the element's `toggle` event (HTML: the details element fires
 * `toggle` after its `open` attribute changes), so the native `<summary>` keeps
 * its keyboard and screen-reader behaviour and the table fills in as it opens.
 */
const FoldedYearParts = ({
  offers,
  comparison,
  growthLabel,
}: {
  offers: readonly Offer[];
  comparison: Comparison;
  growthLabel: string;
}) => {
  const [open, setOpen] = useState(false);
  return (
    <details className="pay-parts" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show each year’s parts</summary>
      {open ? (
        <ComparisonTable
          offers={offers}
          comparison={comparison}
          growthLabel={growthLabel}
          partsOnly
        />
      ) : null}
    </details>
  );
};

/**
 * Which offers the charts converted (and at what rate) and which they leave
 * out for want of a rate, by name. Nothing when every offer shares the
 * baseline's currency.
 */
const ChartCurrencyNote = memo(
  function ChartCurrencyNote({
    converted,
    leftOut,
    baselineCurrency,
  }: Pick<Comparison, 'converted' | 'leftOut' | 'baselineCurrency'>) {
    if (converted.length === 0 && leftOut.length === 0) return null;
    const missing = [...new Set(leftOut.map((o) => o.currency))];
    return (
      <div className="banner" data-testid="chart-currency-note">
        {converted.length > 0 ? (
          <p>
            The charts show{' '}
            {converted
              .map((o) => `${o.name} ${convertedLabel(o.currency, baselineCurrency, o.rate)}`)
              .join('; ')}
            . The table keeps each offer in its own currency.
          </p>
        ) : null}
        {leftOut.length > 0 ? (
          <p>
            The charts leave out {leftOut.map((o) => o.name).join(', ')}: enter an exchange rate for{' '}
            {missing.join(', ')} to {baselineCurrency} to include{' '}
            {leftOut.length === 1 ? 'it' : 'them'}.
          </p>
        ) : null}
      </div>
    );
  },
  (a, b) =>
    a.baselineCurrency === b.baselineCurrency &&
    deepEqual(a.converted, b.converted) &&
    deepEqual(a.leftOut, b.leftOut),
);

/** One exchange rate, kept as typed until it is a positive number. */
const FxRateField = ({
  currency,
  baseCurrency,
  value,
  onCommit,
}: {
  currency: string;
  baseCurrency: string;
  value: number | null;
  onCommit: (rate: number | null) => Promise<void>;
}) => (
  <DraftField
    label={`Exchange rate: ${baseCurrency} per 1 ${currency}`}
    hint={`Leave empty to keep ${currency} offers apart.`}
    inputMode="decimal"
    value={value}
    format={formatRate}
    parse={parseFxRate}
    onCommit={onCommit}
  />
);

const formatRate = (rate: number | null): string => (rate === null ? '' : String(rate));
