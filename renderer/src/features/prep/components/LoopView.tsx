/**
 * The interview loop: each role's rounds as a compact table (date and time in
 * the round's own zone, status, interviewer, a countdown for the ones coming
 * up) where choosing a round opens its fields, saved as the user types —
 * after the rounds coming up, and before a week-by-week plan for the
 * checklist work left before each role's first round. Numbers come from `shared/domain/prep`.
 */

import { DraftField } from '@renderer/components/DraftField';
import { Field } from '@renderer/components/Field';
import { useFailureToast } from '@renderer/components/Toast';
import { type RoundEdit, saveRound } from '@renderer/features/prep/mutations';
import { messageOf } from '@renderer/lib/api';
import { formatCountdown, formatScheduled, localTimeZone, plural } from '@renderer/lib/dates';
import { firstIssueMessage, type ParseResult } from '@shared/domain/parse';
import { countdown, spreadPlan, statusForNewDate, upcomingRounds } from '@shared/domain/prep';
import { fromZonedInput, toZonedInput } from '@shared/domain/prepView';
import {
  type InterviewRound,
  InterviewRoundSchema,
  type PrepItem,
  type RoundStatus,
} from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { RatingOptions } from './RatingOptions';

type Props = { rounds: InterviewRound[]; items: PrepItem[]; template: Template; now: Date };

const STATUS_LABELS: Record<RoundStatus, string> = {
  'not-scheduled': 'Not scheduled',
  scheduled: 'Scheduled',
  done: 'Done',
  passed: 'Passed',
  'not-passed': 'Not passed',
};

const savedNote = 'Saved.';

/** Reads a typed `YYYY-MM-DDTHH:mm` as an instant in `timeZone`; empty text clears the date. */
const parseWhen =
  (timeZone: string) =>
  (text: string): ParseResult<string | null> => {
    if (text.trim() === '') return { ok: true, value: null };
    const at = fromZonedInput(text, timeZone);
    return at === null
      ? { ok: false, message: 'Use a full date and time, or clear the field.' }
      : { ok: true, value: at };
  };

/** Reads a round's free-text field with its schema, so the message is the schema's own. */
const parseText =
  (field: 'interviewer' | 'notes') =>
  (text: string): ParseResult<string> => {
    const parsed = InterviewRoundSchema.shape[field].safeParse(text);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, message: firstIssueMessage(parsed.error) };
  };

/**
 * One round's fields, each saved as soon as it is valid (as on every other
 * page). A date and a status depend on each other, so a value refused for
 * that reason is kept and sent again with the next change of the other.
 */
const RoundEditor = ({
  id,
  round,
  label,
}: {
  id: string;
  round: InterviewRound;
  label: string;
}) => {
  const [status, setStatus] = useState<RoundStatus>(round.status);
  const [statusError, setStatusError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const pendingWhen = useRef<string | null | undefined>(undefined);
  const fail = useFailureToast('That change was not saved. ');

  useEffect(() => {
    setStatus(round.status);
    setStatusError(null);
  }, [round.status]);

  const save = async (edit: Partial<RoundEdit>) => {
    setNote(null);
    await saveRound(round.id, edit, new Date());
    setNote(savedNote);
  };

  const commitWhen = async (scheduledAt: string | null) => {
    const chosen = statusError === null ? round.status : status;
    await save({ scheduledAt, status: statusForNewDate(chosen, scheduledAt, new Date()) });
    pendingWhen.current = undefined;
    setStatusError(null);
  };

  const commitStatus = (next: RoundStatus) => {
    setStatus(next);
    const edit: Partial<RoundEdit> = { status: next };
    if (pendingWhen.current !== undefined) edit.scheduledAt = pendingWhen.current;
    save(edit).then(
      () => {
        setStatusError(null);
        pendingWhen.current = undefined;
      },
      (err: unknown) => setStatusError(messageOf(err)),
    );
  };

  return (
    <section id={id} className="round-editor" aria-label={label}>
      <div className="round-editor__grid">
        <DraftField
          label="Date and time"
          type="datetime-local"
          hint={`Time zone: ${round.timeZone}`}
          value={round.scheduledAt}
          format={(v) => (v ? toZonedInput(v, round.timeZone) : '')}
          parse={parseWhen(round.timeZone)}
          onValid={(v) => {
            pendingWhen.current = v === round.scheduledAt ? undefined : v;
          }}
          onCommit={commitWhen}
        />
        <Field label="Status" error={statusError}>
          {(c) => (
            <select
              {...c}
              value={status}
              onChange={(e) => commitStatus(e.target.value as RoundStatus)}
            >
              {Object.entries(STATUS_LABELS).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DraftField
          label="Interviewer"
          value={round.interviewer}
          format={(v) => v}
          parse={parseText('interviewer')}
          onCommit={(interviewer) => save({ interviewer })}
        />
        <Field label="Confidence" hint="1 = shaky, 5 = ready">
          {(c) => (
            <select
              {...c}
              value={round.confidence === null ? '' : String(round.confidence)}
              onChange={(e) =>
                save({ confidence: e.target.value === '' ? null : Number(e.target.value) }).catch(
                  fail,
                )
              }
            >
              <RatingOptions none="Not rated" />
            </select>
          )}
        </Field>
      </div>
      <DraftField
        label="Notes"
        multiline
        value={round.notes}
        format={(v) => v}
        parse={parseText('notes')}
        onCommit={(notes) => save({ notes })}
      />
      <p className="round-editor__status muted small" role="status">
        {note ?? 'Changes are saved as you type.'}
      </p>
    </section>
  );
};

/** One role's rounds as a compact table; choosing a round opens its fields under it. */
const RoundTable = ({
  role,
  rounds,
  now,
  openId,
  onToggle,
}: {
  role: Template['roles'][number];
  rounds: InterviewRound[];
  now: Date;
  openId: string | null;
  onToggle: (id: string) => void;
}) => {
  const baseId = useId();
  return (
    <table className="round-table">
      <caption className="visually-hidden">{role.shortName} interview rounds</caption>
      <thead>
        <tr>
          <th scope="col">Round</th>
          <th scope="col">Date and time</th>
          <th scope="col">Status</th>
          <th scope="col">Interviewer</th>
        </tr>
      </thead>
      <tbody>
        {rounds.map((r) => {
          const open = openId === r.id;
          const panelId = `${baseId}-${r.id}`;
          const upcoming =
            r.status === 'scheduled' && r.scheduledAt ? countdown(r.scheduledAt, now) : null;
          return (
            <Fragment key={r.id}>
              <tr className={open ? 'round-row round-row--open' : 'round-row'}>
                <th scope="row">
                  <button
                    type="button"
                    className="round-row__open"
                    aria-expanded={open}
                    aria-controls={open ? panelId : undefined}
                    onClick={() => onToggle(r.id)}
                  >
                    <span aria-hidden="true" className="round-row__chevron">
                      {open ? '▾' : '▸'}
                    </span>
                    {r.name}
                  </button>
                </th>
                <td>
                  {r.scheduledAt ? (
                    <>
                      {formatScheduled(r.scheduledAt, r.timeZone)}
                      {upcoming && !upcoming.past ? (
                        <strong className="round-row__countdown">
                          {' '}
                          {formatCountdown(upcoming)}
                        </strong>
                      ) : null}
                    </>
                  ) : (
                    <span className="muted">No date yet</span>
                  )}
                </td>
                <td>
                  <span className={`status-tag status-tag--${r.status}`}>
                    {STATUS_LABELS[r.status]}
                  </span>
                </td>
                <td>{r.interviewer || <span className="muted">—</span>}</td>
              </tr>
              {open ? (
                <tr className="round-row__editor">
                  <td colSpan={4}>
                    <RoundEditor
                      id={panelId}
                      round={r}
                      label={`${role.shortName} ${r.name} round`}
                    />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
};

const Upcoming = ({ rounds, template, now }: Omit<Props, 'items'>) => {
  const list = upcomingRounds(rounds, now);
  return (
    <section className="card loop-panel" aria-labelledby="upcoming-title">
      <h3 id="upcoming-title">Coming up</h3>
      {list.length === 0 ? (
        <p className="muted">No rounds scheduled yet. Give a round a date and mark it scheduled.</p>
      ) : (
        <ol className="upcoming">
          {list.map(({ round, countdown: c }) => (
            <li key={round.id}>
              <span className="upcoming__name">
                <span className={`role-tag role-tag--${round.roleId}`}>
                  {template.roles.find((r) => r.id === round.roleId)?.shortName ?? round.roleId}
                </span>{' '}
                {round.name}
              </span>
              <span className="upcoming__when">
                {formatScheduled(round.scheduledAt ?? '', round.timeZone)}
              </span>
              <strong className="upcoming__countdown">{formatCountdown(c)}</strong>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};

const Plan = ({ rounds, items, template, now }: Props) => {
  const localZone = localTimeZone();
  const upcoming = upcomingRounds(rounds, now);
  const plans = template.roles.flatMap((role) => {
    const first = upcoming.find((u) => u.round.roleId === role.id);
    if (!first?.round.scheduledAt) return [];
    return [
      {
        role,
        round: first.round,
        plan: spreadPlan(items, first.round.scheduledAt, now, {
          roleId: role.id,
          timeZone: localZone,
        }),
      },
    ];
  });
  return (
    <section className="card loop-panel" aria-labelledby="plan-title">
      <h3 id="plan-title">Prep plan</h3>
      <p className="muted small">
        The work left on the checklist, spread evenly over the weeks before each role's first round.
        Four to six weeks of prep is a common guide; two or three can do if you have interviewed for
        this kind of role before.
      </p>
      {plans.length === 0 ? (
        <p className="muted">Schedule a round to see a plan for the weeks before it.</p>
      ) : (
        plans.map(({ role, round, plan }) => {
          const c = round.scheduledAt ? countdown(round.scheduledAt, now) : null;
          return (
            <section key={role.id} className="plan" aria-label={`${role.shortName} plan`}>
              <h4>
                {role.shortName}: {plural(plan.totalUnits, 'piece')} of work before the{' '}
                {round.name.toLowerCase()}
              </h4>
              {plan.status === 'nothing-left' ? (
                <p>Everything on the {role.shortName} checklist is done.</p>
              ) : (
                <>
                  {c && c.days < 14 ? (
                    <p className="banner banner--warn small">
                      Only {plural(c.days, 'day')} left — less than the usual few weeks. Put the
                      items that carry most of the loop first.
                    </p>
                  ) : null}
                  <ol className="plan__weeks">
                    {plan.weeks.map((w) => (
                      <li key={w.index}>
                        <strong>
                          Week {w.index} (from {w.startsOn})
                        </strong>
                        {w.entries.length === 0 ? (
                          <span className="muted"> — slack</span>
                        ) : (
                          <ul>
                            {w.entries.map((e) => (
                              <li key={e.itemId}>
                                {e.title} × {e.units}
                              </li>
                            ))}
                          </ul>
                        )}
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </section>
          );
        })
      )}
    </section>
  );
};

export const LoopView = ({ rounds, items, template, now }: Props) => {
  const [openId, setOpenId] = useState<string | null>(null);
  const toggle = (id: string) => setOpenId((current) => (current === id ? null : id));
  return (
    <div className="loop">
      <Upcoming rounds={rounds} template={template} now={now} />
      {template.roles.map((role) => {
        const mine = rounds.filter((r) => r.roleId === role.id);
        return (
          <section key={role.id} aria-labelledby={`loop-${role.id}`} className="loop__role card">
            <h3 id={`loop-${role.id}`}>
              {role.shortName} loop <span className="muted">— {role.name}</span>
            </h3>
            {mine.length === 0 ? (
              <p className="muted">No rounds for this role.</p>
            ) : (
              <>
                <p className="muted small">
                  Choose a round to fill in its date, status, interviewer, confidence and notes.
                </p>
                <RoundTable role={role} rounds={mine} now={now} openId={openId} onToggle={toggle} />
              </>
            )}
          </section>
        );
      })}
      <Plan rounds={rounds} items={items} template={template} now={now} />
    </div>
  );
};
