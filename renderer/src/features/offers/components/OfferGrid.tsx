/**
 * The offers grid: one column per offer, one row per field, grouped as Basics,
 * Pay, Equity, Terms and Sources, with the results (4-year total, average,
 * gaps to the baseline, market-style total comp) right after the figures that
 * make them (before Terms and Sources, so the answer is on the first screen
 * of the grid). Only Basics and Pay render in the page's first frame; the
 * rest, results included, renders once that frame has painted
 * (`AfterFirstPaint`), so a start or a visit to the page draws its first frame
 * sooner. Every cell
 * edits in place through the shared DraftField (same parsing and messages as
 * anywhere else); spreadsheet keys come from `gridKeys.ts`. The label column
 * and the header row stay in view while the grid scrolls either way.
 *
 * Reads nothing from storage; writes through the feature's mutations. Every
 * figure arrives computed (comparison and verdict).
 */

import { AfterFirstPaint } from '@renderer/components/AfterFirstPaint';
import { DraftField } from '@renderer/components/DraftField';
import { formatGapPct } from '@renderer/components/offers/ComparisonTable';
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
  parseRefresherValue,
  parseTextField,
  type TextField,
} from '@renderer/features/offers/fieldParsers';
import { useCurrencyChange } from '@renderer/features/offers/hooks/useCurrencyChange';
import { editOffer } from '@renderer/features/offers/mutations';
import type { Comparison } from '@renderer/lib/comparison';
import type { OfferPatch } from '@renderer/lib/pendingWrites';
import { formatMoney, formatSignedMoney, formatSignedWholeMoney } from '@shared/domain/money';
import { grantSplitByYear, OTHER_ROLE_ID } from '@shared/domain/offers';
import type { TakeHomeComparison } from '@shared/domain/offerTakeHome';
import type { ParseResult } from '@shared/domain/parse';
import { isIncompleteOffer, type Verdict } from '@shared/domain/verdict';
import { vestingYearPct } from '@shared/domain/vesting';
import type { NumberSource, Offer, OfferNumberField, Refresher } from '@shared/schemas/records';
import type { Clawback, Conventions, Template, VestingPreset } from '@shared/schemas/template';
import { memo, type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { CurrencyChangeDialog } from './CurrencyChangeDialog';
import { cellField } from './cellField';
import { gridKeyHandlers } from './gridKeys';
import { resultCell } from './resultCell';
import { SyncedCheckbox, SyncedSelect, storedOrReported } from './SyncedControls';
import { ColIndexCell, ColNoteCell, TakeHomeRows, TaxRegionCell, UserRateCell } from './TaxCells';

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

/** What a row's cell needs to draw one offer's control. */
type CellContext = {
  offer: Offer;
  /** The accessible name: "⟨field⟩, ⟨offer⟩". */
  name: string;
  commit: (patch: OfferPatch) => Promise<void>;
  /** Saves a select's or checkbox's choice; answers whether it was stored (a failure is reported). */
  commitChoice: (patch: OfferPatch) => Promise<boolean>;
  draftKey: (field: string) => { key: string; section: string };
};

export type Row = {
  key: string;
  label: string;
  hint?: string;
  /**
   * The offer fields the cell shows. When given, an edit elsewhere in the offer
   * leaves the cell alone; without it the cell redraws on any change to its offer.
   */
  reads?: readonly (keyof Offer)[];
  /** A longer explanation from the template, folded under the label. */
  note?: NonNullable<Conventions['refresherNote']> & { title: string };
  cell: (ctx: CellContext) => ReactNode;
};

export type Group = { label: string; rows: Row[] };

const textRow = (field: TextField, label: string, multiline = false): Row => ({
  key: field,
  label,
  reads: [field],
  cell: ({ offer, name, commit, draftKey }) => (
    <DraftField
      {...cellField}
      label={name}
      value={offer[field]}
      format={(v) => v}
      parse={parseTextField(field)}
      onCommit={(v) => commit({ [field]: v })}
      draftKey={draftKey(field)}
      multiline={multiline}
    />
  ),
});

/** A number cell: money in the offer's own currency ("142k") or a percent. */
const numberRow = (
  field: MoneyField | PercentField,
  read: (offer: Offer) => {
    format: (n: number) => string;
    parse: (text: string) => ParseResult<number>;
    readBack?: (n: number, text: string) => string | null;
  },
  hint?: string,
): Row => ({
  key: field,
  label: NUMBER_FIELD_LABELS[field],
  ...(hint ? { hint } : {}),
  reads: [field, 'currency'],
  cell: ({ offer, name, commit, draftKey }) => (
    <DraftField
      {...cellField}
      {...read(offer)}
      label={name}
      value={offer[field]}
      onCommit={(v) => commit({ [field]: v })}
      draftKey={draftKey(field)}
      inputMode="decimal"
    />
  ),
});

const moneyRow = (field: MoneyField, hint?: string): Row =>
  numberRow(
    field,
    (offer) => ({
      format: formatMoneyDraft(offer.currency),
      parse: parseMoneyField(field, offer.currency),
      readBack: moneyReading(offer.currency),
    }),
    hint,
  );

const percentRow = (field: PercentField, hint?: string): Row =>
  numberRow(field, () => ({ format: formatNumberDraft, parse: parsePercentField(field) }), hint);

const selectRow = (
  key: string,
  label: string,
  reads: readonly (keyof Offer)[],
  value: (o: Offer) => string,
  options: { value: string; label: string }[],
  patch: (o: Offer, v: string) => OfferPatch,
): Row => ({
  key,
  label,
  reads,
  cell: ({ offer, name, commitChoice }) => (
    <SyncedSelect
      restUntilFocus
      aria-label={name}
      value={value(offer)}
      onValue={(v) => commitChoice(patch(offer, v))}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SyncedSelect>
  ),
});

const checkRow = (key: 'signOnPaidMonthly' | 'equityIlliquid', label: string): Row => ({
  key,
  label,
  reads: [key],
  cell: ({ offer, name, commitChoice }) => (
    <SyncedCheckbox
      aria-label={name}
      checked={offer[key]}
      onValue={(v) => commitChoice({ [key]: v })}
    />
  ),
});

/** The currency, asking first what the amounts become when the offer already has some. */
const CurrencyCell = ({ offer, name, commit, draftKey }: CellContext) => {
  const change = useCurrencyChange(offer, commit);
  return (
    <>
      <DraftField
        {...cellField}
        label={name}
        value={offer.currency}
        format={(v) => v}
        parse={parseCurrency}
        onCommit={change.request}
        draftKey={draftKey('currency')}
      />
      <CurrencyChangeDialog {...change.dialog} />
    </>
  );
};

/** The grant with its per-year split right under it, as the single-offer editor had. */
const GrantCell = ({ offer, name, commit, draftKey }: CellContext) => {
  const [preview, setPreview] = useState<number | null>(null);
  const split = grantSplitByYear(preview ?? offer.rsuGrantValue, offer.vesting);
  return (
    <DraftField
      {...cellField}
      label={name}
      value={offer.rsuGrantValue}
      format={formatMoneyDraft(offer.currency)}
      parse={parseMoneyField('rsuGrantValue', offer.currency)}
      readBack={moneyReading(offer.currency)}
      onCommit={(v) => commit({ rsuGrantValue: v })}
      onValid={setPreview}
      draftKey={draftKey('rsuGrantValue')}
      inputMode="decimal"
      hint={
        <span className="offer-grid__split" data-testid="grant-split">
          Vests{' '}
          {split.map((cents, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: years are positional.
            <span key={i}>
              {i > 0 ? ' · ' : ''}year {i + 1}: {formatMoney(cents, offer.currency)}
            </span>
          ))}
        </span>
      }
    />
  );
};

/** A column's write handlers: stable for the offer's life, they act on its latest version. */
type ColumnHandlers = Omit<CellContext, 'offer' | 'name'>;

type CellProps = { row: Row; offer: Offer; name: string; handlers: ColumnHandlers };

/**
 * One cell, redrawn only when what it shows changes: the fields its row reads
 * (or its whole offer when the row does not say), or its accessible name. An
 * edit to one figure leaves every other cell alone. Offers arrive structurally
 * shared (`useOffers`), so an unchanged field keeps its identity.
 */
const Cell = memo(
  ({ row, offer, name, handlers }: CellProps) => <>{row.cell({ ...handlers, offer, name })}</>,
  (a, b) =>
    a.row === b.row &&
    a.name === b.name &&
    a.handlers === b.handlers &&
    showsSame(b.row, a.offer, b.offer),
);

/** Whether a row's cell for `before` and `after` (one offer, two versions) shows the same. */
const showsSame = (row: Row, before: Offer, after: Offer): boolean =>
  before === after ||
  (row.reads?.every((field) => Object.is(before[field], after[field])) ?? false);

/**
 * The offer's refresher with `change` applied, starting from "no refresher
 * yet": value 0, the first grant's vesting, first grant in year 2.
 */
const refresherWith = (offer: Offer, change: Partial<Refresher>): OfferPatch => ({
  refresher: {
    annualValue: offer.refresher?.annualValue ?? 0,
    vesting: offer.refresher?.vesting ?? {
      preset: offer.vesting.preset,
      yearPct: [...offer.vesting.yearPct],
    },
    firstGrantYear: offer.refresher?.firstGrantYear ?? 2,
    ...change,
  },
});

const FIRST_GRANT_YEARS = [2, 3, 4, 5, 6] as const;

/**
 * The refresher rows of the Equity group — an assumption, labelled as one:
 * the yearly value (read like every money cell), its vesting and the year of
 * the first refresher, with the template's explanation folded under the first.
 */
const refresherRows = (template: Template, anyCustom: boolean): Row[] => {
  const note = template.conventions?.refresherNote;
  return [
    {
      key: 'refresherValue',
      label: 'Refresher grant per year (assumption)',
      hint: 'A new grant each year, value at grant date; 0 when none',
      ...(note
        ? {
            note: {
              ...note,
              title: `Why refreshers matter at ${template.company ?? 'this company'}`,
            },
          }
        : {}),
      // The commit starts from the first grant's vesting when there is no refresher yet.
      reads: ['refresher', 'vesting', 'currency'],
      cell: ({ offer, name, commit, draftKey }) => (
        <DraftField
          {...cellField}
          label={name}
          value={offer.refresher?.annualValue ?? 0}
          format={formatMoneyDraft(offer.currency)}
          parse={parseRefresherValue(offer.currency)}
          readBack={moneyReading(offer.currency)}
          onCommit={(v) =>
            commit(v === 0 && !offer.refresher ? {} : refresherWith(offer, { annualValue: v }))
          }
          draftKey={draftKey('refresherValue')}
          inputMode="decimal"
        />
      ),
    },
    selectRow(
      'refresherVesting',
      'Refresher vesting (assumption)',
      ['refresher', 'vesting'],
      (o) => (o.refresher ?? { vesting: o.vesting }).vesting.preset,
      (Object.keys(PRESET_LABELS) as VestingPreset[]).map((p) => ({
        value: p,
        label: PRESET_LABELS[p],
      })),
      (o, v) => {
        const preset = v as VestingPreset;
        const current = o.refresher?.vesting.yearPct ?? o.vesting.yearPct;
        return refresherWith(o, {
          vesting: { preset, yearPct: vestingYearPct(preset) ?? [...current] },
        });
      },
    ),
    ...(anyCustom
      ? [
          {
            key: 'refresherCustomVesting',
            label: 'Refresher custom vesting, percent per year',
            hint: 'Each grant’s year 1 first, adding up to 100',
            reads: ['refresher'] as const,
            cell: ({ offer, name, commit, draftKey }: CellContext) =>
              offer.refresher?.vesting.preset === 'custom' ? (
                <DraftField
                  {...cellField}
                  label={name}
                  value={offer.refresher.vesting.yearPct}
                  format={(v) => v.join(', ')}
                  parse={parseCustomYearPct}
                  onCommit={(yearPct) =>
                    commit(refresherWith(offer, { vesting: { preset: 'custom', yearPct } }))
                  }
                  draftKey={draftKey('refresherCustomVesting')}
                />
              ) : (
                <span className="offer-grid__na">Not custom</span>
              ),
          },
        ]
      : []),
    selectRow(
      'refresherFirstYear',
      'First refresher in (assumption)',
      // The choice starts from the first grant's vesting when there is no refresher yet.
      ['refresher', 'vesting'],
      (o) => String(o.refresher?.firstGrantYear ?? 2),
      FIRST_GRANT_YEARS.map((y) => ({ value: String(y), label: `Year ${y}` })),
      (o, v) => refresherWith(o, { firstGrantYear: Number(v) }),
    ),
  ];
};

/**
 * How many of {@link groupsFor}'s groups render in the page's first frame (Basics, Pay). The grid
 * starts below the verdict, so these fill a first screen; the rest renders after that frame.
 */
const FIRST_FRAME_GROUPS = 2;

/**
 * The grid's field rows in groups, declared once per template and per whether
 * any offer (or refresher) vests on a custom schedule. Exported for the tests
 * of which rows an edit redraws.
 */
export const groupsFor = (
  template: Template,
  anyCustom: boolean,
  anyRefresherCustom: boolean,
): Group[] => {
  const roleOptions = [
    ...template.roles.map((r) => ({ value: r.id, label: `${r.shortName} — ${r.name}` })),
    { value: OTHER_ROLE_ID, label: 'Other' },
  ];
  return [
    {
      label: 'Basics',
      rows: [
        textRow('name', 'Offer name'),
        textRow('company', 'Company'),
        selectRow(
          'roleId',
          'Role',
          ['roleId'],
          (o) => o.roleId,
          roleOptions,
          (_o, v) => ({ roleId: v }),
        ),
        textRow('level', 'Level'),
        textRow('location', 'Location'),
        {
          key: 'currency',
          label: 'Currency',
          // No `reads`: changing the currency converts every amount, so it needs the whole offer.
          hint: 'Three letters, such as USD',
          cell: (ctx) => <CurrencyCell {...ctx} />,
        },
      ],
    },
    {
      label: 'Pay',
      rows: [
        moneyRow('baseSalary', 'Per year, before tax; “142k” works'),
        moneyRow('signOnYear1'),
        moneyRow('signOnYear2'),
        checkRow('signOnPaidMonthly', 'Sign-on paid monthly over each year'),
        percentRow('bonusTargetPct', 'Percent of base; 0 when none'),
        percentRow('raisePct', 'Yearly change of the base'),
      ],
    },
    {
      label: 'Equity',
      rows: [
        {
          key: 'rsuGrantValue',
          label: NUMBER_FIELD_LABELS.rsuGrantValue,
          hint: 'The whole grant, not a yearly figure',
          reads: ['rsuGrantValue', 'vesting', 'currency'],
          cell: (ctx) => <GrantCell {...ctx} />,
        },
        selectRow(
          'vesting',
          'Vesting schedule',
          ['vesting'],
          (o) => o.vesting.preset,
          (Object.keys(PRESET_LABELS) as VestingPreset[]).map((p) => ({
            value: p,
            label: PRESET_LABELS[p],
          })),
          (o, v) => {
            const preset = v as VestingPreset;
            return {
              vesting: { preset, yearPct: vestingYearPct(preset) ?? [...o.vesting.yearPct] },
            };
          },
        ),
        ...(anyCustom
          ? [
              {
                key: 'customVesting',
                label: 'Custom vesting, percent per year',
                hint: 'Year 1 first, adding up to 100',
                reads: ['vesting'] as const,
                cell: ({ offer, name, commit, draftKey }: CellContext) =>
                  offer.vesting.preset === 'custom' ? (
                    <DraftField
                      {...cellField}
                      label={name}
                      value={offer.vesting.yearPct}
                      format={(v) => v.join(', ')}
                      parse={parseCustomYearPct}
                      onCommit={(yearPct) => commit({ vesting: { preset: 'custom', yearPct } })}
                      draftKey={draftKey('customVesting')}
                    />
                  ) : (
                    <span className="offer-grid__na">Not custom</span>
                  ),
              },
            ]
          : []),
        percentRow('stockGrowthPct', 'Assumed yearly change of the share price'),
        checkRow('equityIlliquid', 'Shares cannot be sold yet (private company)'),
        ...refresherRows(template, anyRefresherCustom),
      ],
    },
    {
      label: 'Tax and cost of living',
      rows: [
        {
          key: 'taxRegion',
          label: 'Tax region',
          hint: 'Sets the state and city tax of the take-home estimate',
          // The guess comes from the location, and only for offers in US dollars.
          reads: ['taxRegion', 'location', 'currency'],
          cell: (ctx) => <TaxRegionCell {...ctx} />,
        },
        {
          key: 'userTaxRatePct',
          label: 'Your tax rate (%)',
          hint: 'Where the app has no table for the place',
          // The hint under it says whether the region's table or this rate is used.
          reads: ['userTaxRatePct', 'taxRegion', 'location', 'currency'],
          cell: (ctx) => <UserRateCell {...ctx} />,
        },
        {
          key: 'colIndex',
          label: 'Cost-of-living index',
          hint: '100 = the baseline’s location; 125 = a quarter dearer',
          reads: ['colIndex'],
          cell: (ctx) => <ColIndexCell {...ctx} />,
        },
        {
          key: 'colNote',
          label: 'Where the index came from',
          reads: ['colNote'],
          cell: (ctx) => <ColNoteCell {...ctx} />,
        },
      ],
    },
    {
      label: 'Terms',
      rows: [
        selectRow(
          'clawback',
          'Sign-on repayment if you leave early',
          ['clawback'],
          (o) => o.clawback,
          (Object.keys(CLAWBACK_LABELS) as Clawback[]).map((c) => ({
            value: c,
            label: CLAWBACK_LABELS[c],
          })),
          (_o, v) => ({ clawback: v as Clawback }),
        ),
        {
          key: 'deadline',
          label: 'Decision deadline',
          reads: ['deadline'],
          cell: ({ offer, name, commit, draftKey }) => (
            <DraftField
              {...cellField}
              label={name}
              type="date"
              value={offer.deadline}
              format={(v) => v ?? ''}
              parse={parseDeadline}
              onCommit={(v) => commit({ deadline: v })}
              draftKey={draftKey('deadline')}
            />
          ),
        },
        textRow('scopeNotes', 'Scope notes', true),
      ],
    },
    {
      label: 'Sources',
      rows: (Object.keys(NUMBER_FIELD_LABELS) as OfferNumberField[]).map((field) =>
        selectRow(
          `source-${field}`,
          `Source: ${NUMBER_FIELD_LABELS[field]}`,
          ['sources'],
          (o) => o.sources[field] ?? '',
          [
            { value: '', label: 'Not said' },
            ...(Object.keys(SOURCE_LABELS) as NumberSource[]).map((s) => ({
              value: s,
              label: SOURCE_LABELS[s],
            })),
          ],
          (o, v) => {
            const sources = { ...o.sources };
            if (v === '') delete sources[field];
            else sources[field] = v as NumberSource;
            return { sources };
          },
        ),
      ),
    },
  ];
};

/** The actions a column header offers. */
export type ColumnActions = {
  markBaseline: (offer: Offer) => void;
  duplicate: (offer: Offer) => void;
  move: (offer: Offer, delta: number) => void;
  remove: (offer: Offer) => void;
};

type ColumnHeaderProps = {
  offer: Offer;
  index: number;
  count: number;
  isBaseline: boolean;
  actions: ColumnActions;
};

/**
 * Whether a header shows the same for both versions of its offer: its name,
 * its example and incomplete badges. The actions receive the offer but read
 * only its id and name, so an older version with the same ones is as good.
 */
const sameHeading = (a: Offer, b: Offer): boolean =>
  a === b ||
  (a.id === b.id &&
    a.name === b.name &&
    a.isExample === b.isExample &&
    isIncompleteOffer(a) === isIncompleteOffer(b));

/** A column's header; memoised, so it redraws only when what it shows or its place changes. */
const ColumnHeader = memo(
  function ColumnHeader({ offer, index, count, isBaseline, actions }: ColumnHeaderProps) {
    const [open, setOpen] = useState(false);
    const menuId = `offer-menu-${offer.id}`;
    const buttonRef = useRef<HTMLButtonElement>(null);
    const run = (action: () => void) => {
      setOpen(false);
      action();
    };
    const incomplete = isIncompleteOffer(offer);
    return (
      <div className="offer-grid__head">
        <span className="offer-grid__name" title={offer.name}>
          {offer.name}
        </span>
        <span className="offer-grid__badges">
          {isBaseline ? <span className="badge">baseline</span> : null}
          {offer.isExample ? <span className="badge badge--muted">example</span> : null}
          {incomplete ? (
            <span className="badge badge--warn" title="Add a base salary to compare this offer.">
              incomplete — no base salary
            </span>
          ) : null}
        </span>
        <button
          ref={buttonRef}
          type="button"
          className="offer-grid__menu-button"
          aria-expanded={open}
          aria-controls={menuId}
          data-menu-for={offer.id}
          onClick={() => setOpen((v) => !v)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && open) {
              e.stopPropagation();
              setOpen(false);
            }
          }}
        >
          Actions<span className="visually-hidden"> for {offer.name}</span>
        </button>
        {open ? (
          // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the open action list.
          <div
            id={menuId}
            className="offer-grid__menu"
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setOpen(false);
                buttonRef.current?.focus();
              }
            }}
          >
            {isBaseline ? null : (
              <button type="button" onClick={() => run(() => actions.markBaseline(offer))}>
                Mark as baseline
              </button>
            )}
            <button type="button" onClick={() => run(() => actions.duplicate(offer))}>
              Duplicate
            </button>
            <button
              type="button"
              disabled={index === 0}
              onClick={() => run(() => actions.move(offer, -1))}
            >
              Move left
            </button>
            <button
              type="button"
              disabled={index === count - 1}
              onClick={() => run(() => actions.move(offer, 1))}
            >
              Move right
            </button>
            <button
              type="button"
              className="button--danger"
              onClick={() => run(() => actions.remove(offer))}
            >
              Delete offer
            </button>
          </div>
        ) : null}
      </div>
    );
  },
  (a, b) =>
    a.index === b.index &&
    a.count === b.count &&
    a.isBaseline === b.isBaseline &&
    a.actions === b.actions &&
    sameHeading(a.offer, b.offer),
);

/**
 * Keeps a cell that gets focus (by click, Tab or the arrow keys) clear of the sticky labels: the
 * grid's `scroll-padding` is the label column's width and the header row's height, measured from
 * the corner cell, which is both. Without it the browser scrolls a focused cell of the first
 * offer just into the scroll box, under the label column, where the person typing cannot see it
 * (CSS Scroll Snap 1, `scroll-padding`: it also applies to scrolling into view on focus).
 */
const padScrollForStickyLabels = (corner: HTMLTableCellElement | null) => {
  const grid = corner?.closest<HTMLElement>('.offer-grid');
  if (!corner || !grid || typeof ResizeObserver === 'undefined') return;
  // The sizes come with the observation (Resize Observer, `borderBoxSize`): reading offsetWidth
  // after the first property was set would make the browser restyle and lay out there and then.
  const observer = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]?.borderBoxSize[0];
    if (!box) return;
    const labels = `${box.inlineSize}px`;
    const head = `${box.blockSize}px`;
    if (grid.style.getPropertyValue('--offer-grid-labels') !== labels) {
      grid.style.setProperty('--offer-grid-labels', labels);
    }
    if (grid.style.getPropertyValue('--offer-grid-head') !== head) {
      grid.style.setProperty('--offer-grid-head', head);
    }
  });
  observer.observe(corner);
  // React 19 calls a ref's returned function when the element is removed.
  return () => observer.disconnect();
};

/** The header row: a corner cell, then one header per offer, redrawn only when a heading changes. */
const HeaderRow = memo(
  function HeaderRow({
    offers,
    baselineId,
    actions,
  }: {
    offers: readonly Offer[];
    baselineId: string | null;
    actions: ColumnActions;
  }) {
    return (
      <tr>
        <td className="offer-grid__corner" ref={padScrollForStickyLabels}>
          <span className="visually-hidden">Field</span>
        </td>
        {offers.map((offer, c) => (
          <th
            key={offer.id}
            scope="col"
            data-row={-1}
            data-col={c}
            data-offer-column={offer.name}
            className={isIncompleteOffer(offer) ? 'offer-grid__col--incomplete' : undefined}
          >
            <ColumnHeader
              offer={offer}
              index={c}
              count={offers.length}
              isBaseline={offer.id === baselineId}
              actions={actions}
            />
          </th>
        ))}
      </tr>
    );
  },
  (a, b) =>
    a.baselineId === b.baselineId &&
    a.actions === b.actions &&
    a.offers.length === b.offers.length &&
    a.offers.every((offer, i) => sameHeading(offer, b.offers[i] as Offer)),
);

type GridRowProps = {
  row: Row;
  /** The row's place among the field rows, for the grid's keys (`data-row`). */
  index: number;
  offers: readonly Offer[];
  handlersFor: (offerId: string) => ColumnHandlers;
};

/**
 * Whether a field row draws the same for both lists of offers: the same
 * offers in the same order under the same names (every cell's accessible name
 * carries its offer's), and every cell showing the same (`showsSame`).
 */
const rowShowsSame = (row: Row, before: readonly Offer[], after: readonly Offer[]): boolean =>
  before.length === after.length &&
  before.every((offer, i) => {
    const next = after[i] as Offer;
    return offer.id === next.id && offer.name === next.name && showsSame(row, offer, next);
  });

/**
 * One field row: its label, then one cell per offer. Memoised on what the row
 * shows, so an edit redraws its own row and leaves the other forty alone (a
 * row without `reads` redraws whenever an offer changes). Exported for the
 * tests of its comparison.
 */
export const GridRow = memo(
  function GridRow({ row, index, offers, handlersFor }: GridRowProps) {
    return (
      <tr>
        <th scope="row">
          {row.label}
          {row.hint ? <span className="offer-grid__hint">{row.hint}</span> : null}
          {row.note ? (
            <details className="offer-grid__note">
              <summary>{row.note.title}</summary>
              <p>{row.note.text}</p>
              <p className="offer-grid__hint">Source: {row.note.source}</p>
            </details>
          ) : null}
        </th>
        {offers.map((offer, c) => (
          <td key={offer.id} data-row={index} data-col={c}>
            <Cell
              row={row}
              offer={offer}
              name={`${row.label}, ${offer.name}`}
              handlers={handlersFor(offer.id)}
            />
          </td>
        ))}
      </tr>
    );
  },
  (a, b) =>
    a.row === b.row &&
    a.index === b.index &&
    a.handlersFor === b.handlersFor &&
    rowShowsSame(b.row, a.offers, b.offers),
);

type GroupBodyProps = {
  group: Group;
  /** The place of the group's first row among the field rows. */
  firstIndex: number;
  offers: readonly Offer[];
  handlersFor: (offerId: string) => ColumnHandlers;
};

/** A group of field rows under its title; skipped as a whole when none of its rows changes. */
const GroupBody = memo(
  function GroupBody({ group, firstIndex, offers, handlersFor }: GroupBodyProps) {
    return (
      <tbody className="offer-grid__group">
        <tr>
          <th scope="rowgroup" colSpan={offers.length + 1} className="offer-grid__group-title">
            <span>{group.label}</span>
          </th>
        </tr>
        {group.rows.map((row, i) => (
          <GridRow
            key={row.key}
            row={row}
            index={firstIndex + i}
            offers={offers}
            handlersFor={handlersFor}
          />
        ))}
      </tbody>
    );
  },
  (a, b) =>
    a.group === b.group &&
    a.firstIndex === b.firstIndex &&
    a.handlersFor === b.handlersFor &&
    a.offers.length === b.offers.length &&
    b.group.rows.every((row) => rowShowsSame(row, a.offers, b.offers)),
);

export type OfferGridProps = {
  offers: readonly Offer[];
  template: Template;
  comparison: Comparison;
  verdict: Verdict;
  actions: ColumnActions;
  /** Take-home and cost-of-living figures; their rows are left out when absent. */
  takeHome?: TakeHomeComparison | null;
};

export const OfferGrid = ({
  offers,
  template,
  comparison,
  verdict,
  actions,
  takeHome,
}: OfferGridProps) => {
  const notSaved = useFailureToast('That change was not saved. ');
  const mode = useRef({ editing: false, pointer: false });
  // One set of handlers for the grid's life: the mode object they share lives as long.
  const keyHandlers = useMemo(() => gridKeyHandlers(mode.current), []);
  const anyCustom = offers.some((o) => o.vesting.preset === 'custom');
  const anyRefresherCustom = offers.some((o) => o.refresher?.vesting.preset === 'custom');
  const groups = useMemo(
    () => groupsFor(template, anyCustom, anyRefresherCustom),
    [template, anyCustom, anyRefresherCustom],
  );
  const gapById = new Map(comparison.vsBaseline.rows.map((r) => [r.offerId, r]));
  const verdictById = new Map(
    verdict.kind === 'none' && verdict.entries.length === 0
      ? []
      : verdict.entries.map((e) => [e.offerId, e]),
  );
  const leftOutById = new Map(verdict.leftOut.map((l) => [l.offerId, l]));
  const baseline = offers.find((o) => o.id === comparison.baselineId);
  const baselineIncomplete = baseline ? isIncompleteOffer(baseline) : false;

  // Handlers and column actions keep their identity across renders (so memoised cells and
  // headers skip them) and act on the latest offers and callbacks.
  const latest = useRef({ offers: new Map<string, Offer>(), notSaved, actions });
  latest.current = { offers: new Map(offers.map((o) => [o.id, o])), notSaved, actions };
  const handlersById = useRef(new Map<string, ColumnHandlers>());
  // Stable, so memoised rows compare equal: it reads only refs.
  const handlersFor = useCallback((offerId: string): ColumnHandlers => {
    const known = handlersById.current.get(offerId);
    if (known) return known;
    const current = () => {
      const offer = latest.current.offers.get(offerId);
      if (!offer) throw new Error('That offer no longer exists.');
      return offer;
    };
    const made: ColumnHandlers = {
      commit: async (patch) => editOffer(current(), patch),
      commitChoice: (patch) =>
        storedOrReported((async () => editOffer(current(), patch))(), latest.current.notSaved),
      draftKey: (field) => ({ key: `offer:${offerId}:${field}`, section: 'offers' }),
    };
    handlersById.current.set(offerId, made);
    return made;
  }, []);
  const stableActions = useMemo<ColumnActions>(
    () => ({
      markBaseline: (offer) => latest.current.actions.markBaseline(offer),
      duplicate: (offer) => latest.current.actions.duplicate(offer),
      move: (offer, delta) => latest.current.actions.move(offer, delta),
      remove: (offer) => latest.current.actions.remove(offer),
    }),
    [],
  );

  const notCompared = (offer: Offer): string | null => {
    if (isIncompleteOffer(offer)) return 'Incomplete';
    const row = gapById.get(offer.id);
    if (row && !row.comparable) return 'Needs an exchange rate';
    return null;
  };
  const gapCell = (offer: Offer, show: () => string) => {
    const reason = notCompared(offer);
    if (reason) return resultCell(offer, reason, true);
    if (offer.id === comparison.baselineId) return resultCell(offer, '—');
    if (baselineIncomplete) return resultCell(offer, 'Baseline incomplete', true);
    return resultCell(offer, show());
  };

  // Each group's first row index: rows are numbered across the groups in order, as drawn.
  const firstIndexes = useMemo(() => {
    let next = 0;
    return new Map(
      groups.map((group) => {
        const first = next;
        next += group.rows.length;
        return [group, first];
      }),
    );
  }, [groups]);
  const renderGroup = (group: Group) => (
    <GroupBody
      key={group.label}
      group={group}
      firstIndex={firstIndexes.get(group) ?? 0}
      offers={offers}
      handlersFor={handlersFor}
    />
  );

  const results = (
    <tbody className="offer-grid__group offer-grid__results">
      <tr>
        <th scope="rowgroup" colSpan={offers.length + 1} className="offer-grid__group-title">
          <span>Result over 4 years, stock growth as chosen below</span>
        </th>
      </tr>
      <tr className="offer-grid__total">
        <th scope="row">4-year total</th>
        {offers.map((o) =>
          resultCell(
            o,
            formatMoney(comparison.summaries.get(o.id)?.fourYearTotal ?? 0, o.currency),
          ),
        )}
      </tr>
      <tr>
        <th scope="row">
          Difference to baseline, 4 years{verdict.basis === 'take-home' ? ' after tax' : ''}
        </th>
        {offers.map((o) => {
          const entry = verdictById.get(o.id);
          const left = leftOutById.get(o.id);
          if (left || !entry) {
            return gapCell(o, () => '—');
          }
          if (entry.isBaseline) return resultCell(o, '—');
          if (entry.vsBaseline === null) {
            return resultCell(o, 'Baseline incomplete', true);
          }
          return resultCell(
            o,
            formatSignedWholeMoney(entry.vsBaseline, comparison.baselineCurrency),
          );
        })}
      </tr>
      <tr>
        <th scope="row">Average per year</th>
        {offers.map((o) =>
          resultCell(
            o,
            formatMoney(comparison.summaries.get(o.id)?.averageAnnual ?? 0, o.currency),
          ),
        )}
      </tr>
      <tr>
        <th scope="row">Gap to baseline ({comparison.baselineCurrency})</th>
        {offers.map((o) =>
          gapCell(o, () => {
            const row = gapById.get(o.id);
            return row?.comparable
              ? formatSignedMoney(row.diffCents, comparison.baselineCurrency)
              : '';
          }),
        )}
      </tr>
      <tr>
        <th scope="row">Gap to baseline (%)</th>
        {offers.map((o) =>
          gapCell(o, () => {
            const row = gapById.get(o.id);
            return row?.comparable ? (row.gapPct === null ? 'n/a' : formatGapPct(row.gapPct)) : '';
          }),
        )}
      </tr>
      <tr>
        <th scope="row">
          Market-style total comp
          <span className="offer-grid__hint">
            Year-1 base + grant ÷ vesting years + bonus, as salary sites count it: no sign-on, so
            lower than the yearly totals.
          </span>
        </th>
        {offers.map((o) =>
          resultCell(
            o,
            formatMoney(comparison.summaries.get(o.id)?.marketStyleTotalComp ?? 0, o.currency),
          ),
        )}
      </tr>
      {takeHome ? (
        <TakeHomeRows
          offers={offers}
          takeHome={takeHome}
          baselineCurrency={comparison.baselineCurrency}
        />
      ) : null}
    </tbody>
  );

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: lets keyboard users scroll the grid itself.
    <section className="offer-grid" aria-label="Offers side by side" tabIndex={0}>
      <table className="offer-grid__table" {...keyHandlers}>
        <caption className="visually-hidden">
          Offers side by side: one column per offer, one row per field, results last. In a cell, the
          arrow keys move, Enter or F2 edits, Escape cancels the edit and Tab moves on.
        </caption>
        <thead>
          <HeaderRow offers={offers} baselineId={comparison.baselineId} actions={stableActions} />
        </thead>
        {/* The first frame carries the groups at the top (Basics, Pay); the rest follows in one
            render once that frame has painted, so nothing already drawn moves when it comes. Pay
            stays in the first frame because its labels set the label column's width: without
            them, the column would widen when the rest arrives. */}
        {groups.slice(0, FIRST_FRAME_GROUPS).map(renderGroup)}
        <AfterFirstPaint>
          {groups.slice(FIRST_FRAME_GROUPS, 4).map(renderGroup)}
          {results}
          {groups.slice(4).map(renderGroup)}
        </AfterFirstPaint>
      </table>
    </section>
  );
};
