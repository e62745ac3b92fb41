/**
 * "What could change the answer": the sentences from
 * `@shared/domain/whatCouldChange` as a list under a heading, set beside the
 * verdict on the Offers page, the Summary and the PDF's first page.
 * Presentational only: it takes prepared lines and computes nothing.
 */
import type { ChangeLine } from '@shared/domain/whatCouldChange';

type Props = {
  lines: readonly ChangeLine[];
  /** Unique id for the heading, so two copies on one page stay labelled apart. */
  headingId?: string;
  className?: string;
  /**
   * The basis the verdict above reads. The sentences always compare gross pay,
   * so under a take-home verdict they say so, and are never read as after tax.
   */
  verdictBasis?: 'gross' | 'take-home';
};

/** The heading and one list item per sentence; an empty state when fewer than two offers compare. */
export const WhatCouldChange = ({
  lines,
  headingId = 'what-could-change-title',
  className = '',
  verdictBasis = 'gross',
}: Props) => (
  <section
    className={`what-could-change ${className}`.trim()}
    aria-labelledby={headingId}
    data-testid="what-could-change"
  >
    <h2 id={headingId}>What could change the answer</h2>
    {verdictBasis === 'take-home' && lines.length > 0 ? (
      <p className="what-could-change__basis muted" data-testid="what-could-change-basis">
        These compare gross pay, before tax: the crossings and the growth that flips the winner are
        not estimated after tax.
      </p>
    ) : null}
    {lines.length === 0 ? (
      <p className="what-could-change__empty">
        Enter two offers with a base salary to see when one overtakes the other, the stock growth
        that would flip them, and how their vesting differs.
      </p>
    ) : (
      <ul className="what-could-change__list">
        {lines.map((line) => (
          <li
            key={line.key}
            className={`what-could-change__line what-could-change__line--${line.kind}`}
          >
            {line.text}
          </li>
        ))}
      </ul>
    )}
  </section>
);
