/**
 * The verdict strip at the top of Offers (and Summary): who pays more over
 * four years and by how much, the role-fit lean with a link to Role fit, and
 * the sentence naming the tension when the best-paid offer is the other role,
 * and which pay it reads (gross or take-home).
 * Presentational: the verdict and the lean arrive built by `shared/domain/verdict`.
 * `children` is the slot under the verdict for what could change it.
 */
import {
  type FitLean,
  type Verdict,
  verdictBasisSentence,
  verdictSentences,
} from '@shared/domain/verdict';
import type { ReactNode } from 'react';
import { LayoutBoundary } from '../LayoutBoundary';

export type VerdictStripProps = {
  verdict: Verdict;
  fit: FitLean | null;
  /** Where the lean links to; the Role fit section by default. */
  fitHref?: string;
  children?: ReactNode;
};

export const VerdictStrip = ({ verdict, fit, fitHref = '#/fit', children }: VerdictStripProps) => {
  const sentences = verdictSentences(verdict);
  const [headline, ...rest] = sentences;
  // In a ranking, the lines after the headline are "2. Name: …"; the rest are notes.
  const ranked = rest.filter((s) => /^\d+\. /.test(s));
  const notes = rest.filter((s) => !/^\d+\. /.test(s));
  return (
    <section className="verdict card" aria-labelledby="verdict-title">
      {/* Every edit rewrites the headline and the ranking in place: in a box of its own, that
          lays out the box and not the page (LayoutBoundary). */}
      <LayoutBoundary>
        <h2 id="verdict-title" className="verdict__title">
          Verdict
        </h2>
        <p className="verdict__headline" data-testid="verdict-headline">
          {headline}
        </p>
        <p className="verdict__note" data-testid="verdict-basis">
          {verdictBasisSentence(verdict.basis)}
        </p>
        {/* Keyed by place, not by text: the sentences carry the figures, so an edit would
          otherwise remove every line and add it again instead of changing its text. */}
        {ranked.length > 0 ? (
          <ul className="verdict__ranking">
            {ranked.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines are places in the ranking.
              <li key={i}>{s}</li>
            ))}
          </ul>
        ) : null}
        {notes.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the notes keep their order; only their text moves.
          <p key={i} className="verdict__note">
            {s}
          </p>
        ))}
        {fit ? (
          <p className="verdict__fit">
            {fit.lean}
            {fit.tension ? <strong> {fit.tension}</strong> : null}{' '}
            <a href={fitHref}>See Role fit</a>
          </p>
        ) : null}
      </LayoutBoundary>
      {children}
    </section>
  );
};
