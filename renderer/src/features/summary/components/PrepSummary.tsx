/**
 * Prep for the summary: readiness per role (the Prep page's own
 * `ReadinessSummary`) and the next interview rounds with their dates in each
 * round's time zone and a countdown. Figures come from `shared/domain/prep`.
 */

import { ReadinessSummary } from '@renderer/components/prep/ReadinessSummary';
import { formatCountdown, formatDateTime, formatScheduled } from '@renderer/lib/dates';
import { upcomingRounds } from '@shared/domain/prep';
import type { InterviewRound, PrepItem } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';

/** How many upcoming rounds the summary lists. */
const SHOWN_ROUNDS = 6;

type Props = {
  items: readonly PrepItem[];
  rounds: readonly InterviewRound[];
  template: Template;
  now: Date;
  /** On paper: absolute dates with the year, and no countdown (it would be stale when read). */
  print?: boolean;
};

export const PrepSummary = ({ items, rounds, template, now, print = false }: Props) => {
  const upcoming = upcomingRounds(rounds, now);
  const shown = upcoming.slice(0, SHOWN_ROUNDS);
  const roleName = (id: string) => template.roles.find((r) => r.id === id)?.shortName ?? id;
  return (
    <section className="summary-prep" aria-labelledby="summary-prep-title">
      <h2 id="summary-prep-title">Interview prep</h2>
      <ReadinessSummary items={items} roles={template.roles} />
      <h3>Next interview rounds</h3>
      {shown.length === 0 ? (
        <p className="muted">No rounds scheduled yet.</p>
      ) : (
        <table className="summary-rounds">
          <caption className="visually-hidden">The next scheduled interview rounds</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Round</th>
              <th scope="col">When</th>
              {print ? null : <th scope="col">Countdown</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map(({ round, countdown }) => (
              <tr key={round.id}>
                <td>{roleName(round.roleId)}</td>
                <th scope="row">{round.name}</th>
                <td>
                  {!round.scheduledAt
                    ? '—'
                    : print
                      ? formatDateTime(round.scheduledAt, round.timeZone, true)
                      : formatScheduled(round.scheduledAt, round.timeZone)}
                </td>
                {print ? null : <td>{formatCountdown(countdown)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {upcoming.length > shown.length ? (
        <p className="muted">
          {upcoming.length - shown.length} more scheduled later; see the Prep page.
        </p>
      ) : null}
    </section>
  );
};
