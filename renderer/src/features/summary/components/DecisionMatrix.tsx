/**
 * The decision matrix: one row per factor with its weight, one column per
 * offer with its 0–10 score, then each offer's weighted score and rank, and
 * the break-even answer — how much more a year the runner-up would have to
 * pay to come out level. Pay and role fit are scored from the workbook (the
 * rule is shown); the other factors by the user. Every figure comes from
 * `rankOffers`/`breakEven`; this component formats and edits only.
 */

import { DraftField } from '@renderer/components/DraftField';
import { useUndoableAction } from '@renderer/components/useUndoableAction';
import {
  addFactor,
  factorLabelError,
  parsePayPoint,
  parseZeroToTen,
  removeFactor,
  setFactorWeight,
  setManualScore,
  setPayPoint,
} from '@renderer/features/summary/mutations';
import {
  type BreakEven,
  decisionRules,
  type LeadCushion,
  type Ranking,
} from '@shared/domain/decision';
import { formatMoney } from '@shared/domain/money';
import type { ParseResult } from '@shared/domain/parse';
import type { DecisionFactor, Offer, Workbook } from '@shared/schemas/records';
import { useId, useState } from 'react';

type Props = {
  workbook: Workbook;
  offers: readonly Offer[];
  ranking: Ranking;
  breakEven: BreakEven;
  cushion: LeadCushion;
  /** The currency pay is compared in (the baseline's). */
  currency: string;
  /** Offers left out for lack of an exchange rate. */
  leftOut: readonly string[];
  /** Offers with no base salary yet, left out until they have one. */
  incomplete: readonly string[];
  readOnly?: boolean;
  onError: (err: unknown) => void;
};

/** A 0–10 score for display: up to two decimals, no trailing zeros (10, 6.75, 7.15). */
export const formatScore = (score: number | null): string =>
  score === null ? '—' : String(Math.round(score * 100) / 100);

/** A percent per point for the pay scale's words: 2, 1.5. */
const formatPct = (pct: number): string => String(Math.round(pct * 100) / 100);

/** The pay scale in words: "1 point of pay = 2% less pay". */
export const payScaleWords = (pct: number): string =>
  `1 point of pay = ${formatPct(pct)}% less pay`;

const KIND_NOTE: Record<DecisionFactor['kind'], string> = {
  pay: 'from your offers',
  fit: 'from the role-fit worksheet',
  manual: 'your score',
};

/** A 0–10 number as typed: empty is "no score" where `allowEmpty`, else the field's message. */
const zeroToTen =
  (what: 'weight' | 'score', allowEmpty: boolean) =>
  (text: string): ParseResult<number | null> =>
    allowEmpty && text.trim() === '' ? { ok: true, value: null } : parseZeroToTen(text, what);

const formatCell = (value: number | null): string => (value === null ? '' : String(value));

/**
 * A typed 0–10 number in a matrix cell, saved only when valid, the message
 * under it; named by its row and column headers (`labelledBy`).
 */
const NumberCell = ({
  value,
  what,
  label,
  labelledBy,
  allowEmpty,
  onSave,
}: {
  value: number | null;
  what: 'weight' | 'score';
  /** The cell's name in words, for the save indicator; screen readers get `labelledBy`. */
  label: string;
  labelledBy: string;
  allowEmpty: boolean;
  onSave: (value: number | null) => Promise<void>;
}) => (
  <DraftField
    className="matrix-input"
    label={label}
    labelledBy={labelledBy}
    inputMode="decimal"
    size={4}
    value={value}
    format={formatCell}
    parse={zeroToTen(what, allowEmpty)}
    onCommit={onSave}
  />
);

export const breakEvenText = (
  result: BreakEven,
  nameOf: (id: string) => string,
  currency: string,
): string => {
  switch (result.kind) {
    case 'amount':
      return `${nameOf(result.runnerUpId)} would have to pay ${formatMoney(result.cents, currency)} more per year (on average over four years) to draw level with ${nameOf(result.leaderId)}.`;
    case 'already-leading':
      return 'The top two offers are level already: no extra pay is needed to tip it.';
    case 'unreachable':
      return `No amount of pay flips it. ${result.reason}`;
  }
};

/** The break-even the other way round: how much pay the leader could lose and still lead. */
export const cushionText = (
  result: LeadCushion,
  nameOf: (id: string) => string,
  currency: string,
): string | null => {
  switch (result.kind) {
    case 'amount':
      return result.cents === 0
        ? `${nameOf(result.leaderId)} leads by less than a dollar of pay a year: any cut would cost it the lead.`
        : `${nameOf(result.leaderId)} could pay up to ${formatMoney(result.cents, currency)} less per year and still come first.`;
    case 'any':
      return `${nameOf(result.leaderId)} would still come first even if it paid nothing: its lead comes from the other factors.`;
    case 'none':
      return null;
  }
};

const AddFactor = ({
  workbookId,
  taken,
  onError,
}: {
  workbookId: string;
  taken: string[];
  onError: (err: unknown) => void;
}) => {
  const id = useId();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const problem = factorLabelError(label, taken);
    setError(problem);
    if (problem) return;
    try {
      await addFactor(workbookId, label);
      setLabel('');
    } catch (err) {
      onError(err);
    }
  };
  return (
    <form
      className="matrix-add"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label htmlFor={id}>New factor</label>
        <input
          id={id}
          value={label}
          placeholder="e.g. Commute"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onChange={(e) => {
            setLabel(e.target.value);
            if (error) setError(null);
          }}
        />
        {error ? (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        ) : (
          <div id={`${id}-hint`} className="field__hint">
            Something else that matters to you; you score it for each offer.
          </div>
        )}
      </div>
      <button type="submit">Add factor</button>
    </form>
  );
};

export const DecisionMatrix = ({
  workbook,
  offers,
  ranking,
  breakEven,
  cushion,
  currency,
  leftOut,
  incomplete,
  readOnly = false,
  onError,
}: Props) => {
  const runUndoable = useUndoableAction(onError);
  const base = useId();
  const { factors, scores, payPointPct } = workbook.decision;
  const ranked = new Map(ranking.offers.map((r) => [r.offerId, r]));
  const inMatrix = offers.filter((o) => ranked.has(o.id));
  const nameOf = (id: string) => offers.find((o) => o.id === id)?.name ?? 'An offer';
  const colId = (offerId: string) => `${base}-col-${offerId}`;
  const rowId = (factorId: string) => `${base}-row-${factorId}`;
  const weightId = `${base}-weight`;

  const remove = (factor: DecisionFactor) =>
    runUndoable(() => removeFactor(workbook.id, factor.id), {
      text: () => `Removed the factor “${factor.label}”.`,
    });

  const leader = ranking.offers[0];
  return (
    <section className="summary-matrix" aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`}>Weighing money against fit</h2>
      {inMatrix.length === 0 ? (
        <p className="muted">Add offers on the Offers page to weigh them here.</p>
      ) : (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: lets keyboard users scroll a wide table. */}
          <div className="matrix-scroll" tabIndex={0}>
            <table className="matrix">
              <caption className="visually-hidden">
                Decision matrix: factor weights and each offer’s score from 0 to 10.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Factor</th>
                  <th scope="col" id={weightId}>
                    Weight (0–10)
                  </th>
                  {inMatrix.map((o) => (
                    <th key={o.id} scope="col" id={colId(o.id)}>
                      {o.name}
                    </th>
                  ))}
                  {readOnly ? null : <td />}
                </tr>
              </thead>
              <tbody>
                {factors.map((f, fi) => (
                  <tr key={f.id}>
                    <th scope="row" id={rowId(f.id)}>
                      {f.label}
                      <span className="matrix__kind"> ({KIND_NOTE[f.kind]})</span>
                    </th>
                    <td>
                      {readOnly ? (
                        f.weight
                      ) : (
                        <NumberCell
                          value={f.weight}
                          what="weight"
                          label={`${f.label} weight`}
                          labelledBy={`${rowId(f.id)} ${weightId}`}
                          allowEmpty={false}
                          onSave={(v) => setFactorWeight(workbook.id, f.id, v ?? 0).catch(onError)}
                        />
                      )}
                    </td>
                    {inMatrix.map((o) => {
                      const c = ranked.get(o.id)?.contributions[fi];
                      if (f.kind !== 'manual' || readOnly) {
                        return (
                          <td key={o.id} className="matrix__computed">
                            {formatScore(c?.score ?? null)}
                          </td>
                        );
                      }
                      const stored = scores[f.id]?.[o.id];
                      return (
                        <td key={o.id}>
                          <NumberCell
                            value={typeof stored === 'number' ? stored : null}
                            what="score"
                            label={`${f.label} score for ${o.name}`}
                            labelledBy={`${rowId(f.id)} ${colId(o.id)}`}
                            allowEmpty
                            onSave={(v) =>
                              setManualScore(workbook.id, f.id, o.id, v).catch(onError)
                            }
                          />
                        </td>
                      );
                    })}
                    {readOnly ? null : (
                      <td>
                        {f.kind === 'manual' ? (
                          <button
                            type="button"
                            className="link-button"
                            aria-label={`Remove the factor ${f.label}`}
                            onClick={() => void remove(f)}
                          >
                            Remove
                          </button>
                        ) : null}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="matrix__total">
                  <th scope="row">Weighted score</th>
                  <td />
                  {inMatrix.map((o) => (
                    <td key={o.id}>{formatScore(ranked.get(o.id)?.weightedScore ?? null)}</td>
                  ))}
                  {readOnly ? null : <td />}
                </tr>
                <tr>
                  <th scope="row">Rank</th>
                  <td />
                  {inMatrix.map((o) => {
                    const r = ranked.get(o.id);
                    return <td key={o.id}>{r && r.weightedScore !== null ? `#${r.rank}` : '—'}</td>;
                  })}
                  {readOnly ? null : <td />}
                </tr>
              </tfoot>
            </table>
          </div>
          {readOnly ? (
            <p className="matrix-scale">Pay scale: {payScaleWords(payPointPct)}.</p>
          ) : (
            <DraftField
              className="matrix-scale"
              label="Pay scale: % less pay per point"
              inputMode="decimal"
              value={payPointPct}
              format={formatPct}
              parse={parsePayPoint}
              onCommit={(pct) => setPayPoint(workbook.id, pct)}
              hint={`${payScaleWords(payPointPct)}: an offer paying ${formatPct(10 * payPointPct)}% less than the best-paid one scores 0 on pay.`}
            />
          )}
          {ranking.offers.some((r) => r.missing.length > 0) ? (
            <p className="muted">
              A blank score is left out of that offer’s weighted score, not counted as zero.
            </p>
          ) : null}
          {incomplete.length > 0 ? (
            <p className="muted">
              Not in the matrix until it has a base salary on the Offers page:{' '}
              {incomplete.map(nameOf).join(', ')}.
            </p>
          ) : null}
          {leftOut.length > 0 ? (
            <p className="muted">
              Not in the matrix until it has an exchange rate on the Offers page:{' '}
              {leftOut.map(nameOf).join(', ')}.
            </p>
          ) : null}
          <div className="matrix-answer" aria-live="polite">
            <h3>How much would pay have to change to change the order?</h3>
            {leader && leader.weightedScore !== null && inMatrix.length > 1 ? (
              <p>
                <strong>{nameOf(leader.offerId)}</strong> comes first with{' '}
                {formatScore(leader.weightedScore)} out of 10.{' '}
                {breakEvenText(breakEven, nameOf, currency)}
              </p>
            ) : (
              <p>{breakEvenText(breakEven, nameOf, currency)}</p>
            )}
            {cushionText(cushion, nameOf, currency) ? (
              <p>{cushionText(cushion, nameOf, currency)}</p>
            ) : null}
          </div>
          <div className="matrix-rules">
            <h3>How the scores are worked out</h3>
            <ul>
              {decisionRules(payPointPct).map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
          </div>
        </>
      )}
      {readOnly ? null : (
        <AddFactor workbookId={workbook.id} taken={factors.map((f) => f.label)} onError={onError} />
      )}
    </section>
  );
};
