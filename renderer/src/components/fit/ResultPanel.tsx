/**
 * The "Role fit result" panel: lean and margin, a score per role, the
 * strongest reasons, how complete the worksheet is, the ratings chart, the
 * interview signal, and how the score is worked out. Every number comes from
 * `shared/domain/fit.ts`; this component only lays it out. Only the short
 * summary is a live region, so screen readers hear the change, not the panel.
 */

import { LazyPart } from '@renderer/components/LazyPart';
import { interviewSignal, type RoleFitResult } from '@shared/domain/fit';
import { fitChartData } from '@shared/domain/fitWorksheet';
import type { Assessment } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { lazy, useId } from 'react';
import { InterviewSignalList } from './InterviewSignalList';

const RatingsByRoleChart = lazy(() =>
  import('./charts/RatingsByRoleChart').then((m) => ({ default: m.RatingsByRoleChart })),
);

/** Below this many 1–5 ratings in total, a lean is flagged as resting on few answers. */
const FEW_RATINGS = 6;

const pct = (w: number) => `${Math.round(w * 100)}%`;
const points = (x: number) => x.toFixed(1);

export type ResultPanelProps = {
  template: Template;
  assessment: Assessment;
  result: RoleFitResult;
};

export const ResultPanel = ({ template, assessment, result }: ResultPanelProps) => {
  const id = useId();
  const headingId = `${id}-heading`;
  const chartTitleId = `${id}-chart`;
  const roles = template.roles;
  const leanRole = roles.find((r) => r.id === result.lean);
  const { answered, total, pct: donePct } = result.completeness;
  const rated = roles.reduce((s, r) => s + (result.perRole[r.id]?.ratedCount ?? 0), 0);
  const nothingYet = answered === 0 && Object.values(assessment.stories).every((v) => !v);
  const w = template.fit.weights;
  const chart = fitChartData(assessment, template);
  const backgrounds = template.backgrounds.filter((b) => assessment.backgroundIds.includes(b.id));
  // The interview signal follows the lean; when balanced, show both roles.
  const signalRoles = leanRole ? [leanRole] : [...roles];

  let leanText: string;
  if (nothingYet) leanText = 'No answers yet. Rate a few artifacts to see where you lean.';
  else if (leanRole)
    leanText = `You lean ${leanRole.shortName} (${leanRole.name}), ahead by ${points(result.margin)} points.`;
  else
    leanText = `Balanced: neither role leads by ${template.fit.leanMargin} points or more (the gap is ${points(result.margin)}).`;

  return (
    <section className="fit-result card" aria-labelledby={headingId}>
      <h2 id={headingId}>Role fit result</h2>
      <div className="fit-result__summary" aria-live="polite">
        <p className={`fit-lean${leanRole ? ' fit-lean--role' : ''}`}>
          <span className="fit-lean__label">Lean: </span>
          <strong>{nothingYet ? 'not yet' : leanRole ? leanRole.shortName : 'Balanced'}</strong>
        </p>
        <p>{leanText}</p>
        <p className="fit-complete">
          {answered} of {total} answered ({donePct}%).
          {!nothingYet && rated < FEW_RATINGS
            ? ` This rests on only ${rated} ${rated === 1 ? 'rating' : 'ratings'}, so treat it as a first read.`
            : ''}
        </p>
      </div>

      <ul className="fit-scores" aria-label="Score per role">
        {roles.map((r, i) => {
          const score = result.scores[r.id] ?? 0;
          return (
            <li key={r.id} className="fit-score">
              <span className="fit-score__role">{r.shortName}</span>
              <span className="fit-score__track" aria-hidden="true">
                <span
                  className={`fit-score__bar fit-bar--role${i}`}
                  style={{ width: `${score}%` }}
                />
              </span>
              <span className="fit-score__value">{points(score)} / 100</span>
            </li>
          );
        })}
      </ul>
      <p className="fit-margin">
        Margin: {points(result.margin)} points (a lean needs {template.fit.leanMargin}).
      </p>

      <h3>Why</h3>
      <ol className="fit-reasons">
        {result.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ol>
      {backgrounds.length > 0 ? (
        <p className="fit-context">
          <span className="fit-context__label">Your background (context, not scored): </span>
          {backgrounds.map((b) => b.label).join(', ')}.
        </p>
      ) : null}

      <h3 id={chartTitleId}>Your ratings by role</h3>
      {chart.rows.length === 0 ? (
        <p className="fit-muted">The chart appears once you rate an artifact from 1 to 5.</p>
      ) : (
        <LazyPart fallback={<p className="fit-muted">Loading the chart…</p>}>
          <RatingsByRoleChart
            data={chart}
            roleOrder={roles.map((r) => r.id)}
            titleId={chartTitleId}
          />
        </LazyPart>
      )}

      <h3>Interview signal</h3>
      <p className="fit-muted">
        {leanRole
          ? `Which of your stories the ${leanRole.shortName} interview rounds would draw on.`
          : 'No clear lean yet, so both loops are shown.'}
      </p>
      {signalRoles.map((r) => (
        <InterviewSignalList
          key={r.id}
          role={r}
          signal={interviewSignal(assessment, template, r.id)}
        />
      ))}

      <details className="fit-how">
        <summary>How this is scored</summary>
        <p>Each role gets a score from 0 to 100, mixed from three parts:</p>
        <ul>
          <li>
            <strong>Enjoyment ({pct(w.preference)})</strong>: your average 1–5 rating of the role’s
            artifacts, turned into 0–100 (1 → 0, 3 → 50, 5 → 100). “Not sure” and unanswered
            artifacts are left out, not counted as zero.
          </li>
          <li>
            <strong>Stories ({pct(w.stories)})</strong>: the share of the role’s artifacts you have
            a real story about.
          </li>
          <li>
            <strong>Weekly work ({pct(w.filter)})</strong>: 100 for the role whose weekly work you
            would rather repeat, 0 for the other, 50 each if you are not sure.
          </li>
        </ul>
        <p>
          A part you have not answered yet is left out and the other weights are scaled up to fill
          its place. You lean towards a role when its score is at least {template.fit.leanMargin}{' '}
          points ahead; otherwise the result is Balanced. Your background is shown for context only.
          These weights and the margin come from the template “{template.name}”.
        </p>
      </details>
    </section>
  );
};
