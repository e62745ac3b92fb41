/**
 * Page 1 of the decision summary PDF: the answer on one page. The decision
 * (or "not decided yet"), the pay verdict in words with each offer's 4-year
 * total and gap, the role-fit lean and its margin, prep readiness, the
 * matrix's ranking with the break-even both ways, and the opening of the
 * decision notes ("continued on page 2" when longer). Every figure arrives
 * built by `shared/` (verdict, decision, prep, brief); this component lays
 * them out only.
 */

import { WhatCouldChange } from '@renderer/components/WhatCouldChange';
import {
  breakEvenText,
  cushionText,
  formatScore,
} from '@renderer/features/summary/components/DecisionMatrix';
import type { SummaryModel } from '@renderer/features/summary/summaryModel';
import { notesExcerpt } from '@shared/domain/brief';
import { formatWholeMoney } from '@shared/domain/money';
import { prepReadiness } from '@shared/domain/prep';
import { formatVerdictPct, verdictBasisSentence, verdictSentences } from '@shared/domain/verdict';
import type { Offer, PrepItem, Workbook } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';

/**
 * How many "what could change" lines page 1 has room for: 4 with two offers, fewer as the
 * offers table grows, so the brief stays one page.
 */
export const briefChangeLines = (offers: number): number => (offers >= 5 ? 1 : offers >= 3 ? 2 : 4);

type Props = {
  workbook: Workbook;
  template: Template;
  offers: readonly Offer[];
  prepItems: readonly PrepItem[];
  model: SummaryModel;
};

export const Brief = ({ workbook, template, offers, prepItems, model }: Props) => {
  const { verdict, lean, ranking } = model;
  const nameOf = (id: string) => offers.find((o) => o.id === id)?.name ?? 'An offer';
  const chosen = offers.find((o) => o.id === workbook.decision.chosenOfferId);
  const currency = model.comparison?.baselineCurrency ?? offers[0]?.currency ?? 'USD';
  const notes = notesExcerpt(workbook.decision.notes);
  const top = verdict.entries[0];
  const ranked = ranking.offers.filter((r) => r.weightedScore !== null);
  const cushion = cushionText(model.cushion, nameOf, currency);
  const shownChanges = briefChangeLines(verdict.entries.length);
  return (
    <section className="brief" aria-labelledby="brief-title">
      <h2 id="brief-title" className="visually-hidden">
        The decision on one page
      </h2>
      <p className="brief__decision">
        <span className="summary-label">My decision: </span>
        <strong>{chosen ? chosen.name : 'Not decided yet'}</strong>
      </p>

      <h3>Pay</h3>
      {/* With three or more offers the table below carries the ranking: keep the headline and notes. */}
      {verdictSentences(verdict)
        .filter((s) => !/^\d+\. /.test(s))
        .map((s) => (
          <p key={s} className="brief__verdict">
            {s}
          </p>
        ))}
      <p className="brief__verdict muted" data-testid="brief-basis">
        {verdictBasisSentence(verdict.basis)}
      </p>
      {/* What could change the answer (shared/domain/whatCouldChange.ts), directly under the verdict. */}
      <div className="brief__what-could-change">
        <WhatCouldChange
          lines={model.whatCouldChange.slice(0, shownChanges)}
          verdictBasis={verdict.basis}
          headingId="brief-what-could-change-title"
        />
        {model.whatCouldChange.length > shownChanges ? (
          <p className="muted">
            {model.whatCouldChange.length - shownChanges} more on the Summary page in the app.
          </p>
        ) : null}
      </div>
      {verdict.entries.length > 0 ? (
        <table className="brief__offers">
          <caption className="visually-hidden">Each offer’s 4-year total and its gap</caption>
          <thead>
            <tr>
              <th scope="col">Offer</th>
              <th scope="col">
                {verdict.basis === 'take-home' ? '4-year take-home' : '4-year total'}
              </th>
              <th scope="col">Per year</th>
              <th scope="col">Below the top</th>
            </tr>
          </thead>
          <tbody>
            {verdict.entries.map((e) => (
              <tr key={e.offerId}>
                <th scope="row">{e.name}</th>
                <td>{formatWholeMoney(e.fourYearTotal, verdict.currency ?? currency)}</td>
                <td>{formatWholeMoney(e.averageAnnual, verdict.currency ?? currency)}</td>
                <td>
                  {e.belowTop === 0
                    ? '—'
                    : `${formatWholeMoney(e.belowTop, verdict.currency ?? currency)} (${
                        top && top.fourYearTotal > 0
                          ? formatVerdictPct((e.belowTop / top.fourYearTotal) * 100)
                          : '—'
                      })`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <div className="brief__pair">
        <div>
          <h3>Role fit</h3>
          {lean ? (
            <p>
              {lean.lean}
              {lean.tension ? ` ${lean.tension}` : ''}
            </p>
          ) : (
            <p className="muted">The role-fit worksheet has no answers yet.</p>
          )}
        </div>
        <div>
          <h3>Interview prep</h3>
          <p>
            {template.roles
              .map((r) => {
                const pct = prepReadiness(prepItems, r.id);
                return `${r.shortName} ${pct === null ? 'nothing to prepare' : `${pct}% ready`}`;
              })
              .join(' · ')}
          </p>
        </div>
      </div>

      <h3>Weighing money against fit</h3>
      {ranked.length > 0 ? (
        <ol className="brief__ranking">
          {ranked.map((r) => (
            <li key={r.offerId}>
              {nameOf(r.offerId)}: {formatScore(r.weightedScore)} out of 10
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No offer is in the decision matrix yet.</p>
      )}
      {ranked.length > 1 ? (
        <p>
          {breakEvenText(model.breakEven, nameOf, currency)}
          {cushion ? ` ${cushion}` : ''}
        </p>
      ) : null}

      <h3>Decision notes</h3>
      {notes.text ? (
        <p className="summary-notes brief__notes">
          {notes.text}
          {notes.continued ? <em> (continued on page 2)</em> : null}
        </p>
      ) : (
        <p className="muted">No notes written.</p>
      )}
    </section>
  );
};
