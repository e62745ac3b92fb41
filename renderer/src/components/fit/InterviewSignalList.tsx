/**
 * Interview signal for one role: which of the user's stories each loop round
 * of that role draws on (from the template), and which rounds have no story
 * yet. Presentational: takes `interviewSignal()` output.
 */
import type { InterviewSignal } from '@shared/domain/fit';
import type { Role } from '@shared/schemas/template';

const names = (xs: readonly { name: string }[]) => xs.map((x) => x.name).join(', ');

export const InterviewSignalList = ({ signal, role }: { signal: InterviewSignal; role: Role }) => {
  const gaps = signal.roundsWithoutStory;
  return (
    <div className="fit-signal">
      <h4 className="fit-signal__role">{role.name} loop</h4>
      {signal.rounds.length === 0 ? (
        <p>The template lists no interview rounds for this role.</p>
      ) : (
        <>
          <p>
            {gaps.length === 0
              ? 'Every round that draws on an artifact has at least one of your stories.'
              : `No story yet for ${gaps.length} of ${signal.rounds.length} rounds: ${names(gaps)}.`}
          </p>
          <ul className="fit-signal__rounds">
            {signal.rounds.map((r) => (
              <li key={r.round.id}>
                <span className="fit-signal__round">{r.round.name}</span>
                {': '}
                {r.withStory.length === 0 && r.withoutStory.length === 0
                  ? 'draws on no artifact in particular.'
                  : r.withStory.length === 0
                    ? `no story yet (it draws on ${names(r.withoutStory)}).`
                    : `your stories about ${names(r.withStory)}${
                        r.withoutStory.length > 0 ? `; none yet for ${names(r.withoutStory)}` : ''
                      }.`}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};
