/**
 * The interview loop: each role's rounds with date and time (in the round's
 * time zone), status, interviewer, notes and confidence; the rounds coming up
 * with a countdown; and a week-by-week plan for the checklist work left before
 * each role's first round. Numbers come from `shared/domain/prep`.
 */

import { Field } from '@renderer/components/Field';
import { PrepInputError, saveRound } from '@renderer/features/prep/mutations';
import { messageOf } from '@renderer/lib/api';
import { type Countdown, countdown, spreadPlan, upcomingRounds } from '@shared/domain/prep';
import { fromZonedInput, toZonedInput } from '@shared/domain/prepView';
import type { InterviewRound, PrepItem, RoundStatus } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { useState } from 'react';

type Props = { rounds: InterviewRound[]; items: PrepItem[]; template: Template; now: Date };

const STATUS_LABELS: Record<RoundStatus, string> = {
  'not-scheduled': 'Not scheduled',
  scheduled: 'Scheduled',
  done: 'Done',
  passed: 'Passed',
  'not-passed': 'Not passed',
};

/** "Mon, Nov 30, 10:00 AM PST" in the round's own zone. */
export const formatWhen = (iso: string, timeZone: string): string =>
  new Intl.DateTimeFormat(undefined, {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "in 4 days, 1 hour", or hours and minutes when under a day. */
export const formatCountdown = (c: Countdown): string => {
  if (c.past) return 'now or past';
  if (c.days > 0) return `in ${plural(c.days, 'day')}, ${plural(c.hours, 'hour')}`;
  if (c.hours > 0) return `in ${plural(c.hours, 'hour')}, ${plural(c.minutes, 'minute')}`;
  return `in ${plural(c.minutes, 'minute')}`;
};

type Draft = {
  when: string;
  status: RoundStatus;
  interviewer: string;
  notes: string;
  confidence: string;
};

const draftOf = (r: InterviewRound): Draft => ({
  when: r.scheduledAt ? toZonedInput(r.scheduledAt, r.timeZone) : '',
  status: r.status,
  interviewer: r.interviewer,
  notes: r.notes,
  confidence: r.confidence === null ? '' : String(r.confidence),
});

const RoundCard = ({ round, roleShort }: { round: InterviewRound; roleShort: string }) => {
  const saved = draftOf(round);
  const [draft, setDraft] = useState<Draft>(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [note, setNote] = useState<string | null>(null);
  const dirty = (Object.keys(saved) as (keyof Draft)[]).some((k) => saved[k] !== draft[k]);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setNote(null);
    setDraft((d) => ({ ...d, [k]: v }));
  };
  const onWhen = (text: string) => {
    setNote(null);
    setDraft((d) => {
      const at = fromZonedInput(text, round.timeZone);
      // A future date on an unscheduled round almost always means "scheduled".
      const future = at !== null && Date.parse(at) > Date.now();
      return {
        ...d,
        when: text,
        status: future && d.status === 'not-scheduled' ? 'scheduled' : d.status,
      };
    });
  };
  const save = async () => {
    const scheduledAt = draft.when === '' ? null : fromZonedInput(draft.when, round.timeZone);
    if (draft.when !== '' && scheduledAt === null) {
      setErrors({ scheduledAt: 'Use a full date and time.' });
      return;
    }
    try {
      await saveRound(
        round.id,
        {
          scheduledAt,
          status: draft.status,
          interviewer: draft.interviewer,
          notes: draft.notes,
          confidence: draft.confidence === '' ? null : Number(draft.confidence),
        },
        new Date(),
      );
      setErrors({});
      setNote('Saved.');
    } catch (err) {
      setErrors(err instanceof PrepInputError ? err.fields : { form: messageOf(err) });
    }
  };
  const hidden = (text: string) => <span className="visually-hidden"> {text}</span>;
  return (
    <li className="round-card">
      <form
        aria-label={`${roleShort} ${round.name} round`}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="round-card__head">
          <h4>{round.name}</h4>
          <span className={`status-tag status-tag--${round.status}`}>
            {STATUS_LABELS[round.status]}
          </span>
        </div>
        <div className="round-card__grid">
          <Field
            label={<>Date and time{hidden(`for ${round.name}`)}</>}
            hint={`Time zone: ${round.timeZone}`}
            error={errors.scheduledAt}
          >
            {(c) => (
              <input
                {...c}
                type="datetime-local"
                value={draft.when}
                onChange={(e) => onWhen(e.target.value)}
              />
            )}
          </Field>
          <Field label={<>Status{hidden(`of ${round.name}`)}</>} error={errors.status}>
            {(c) => (
              <select
                {...c}
                value={draft.status}
                onChange={(e) => set('status', e.target.value as RoundStatus)}
              >
                {Object.entries(STATUS_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={<>Interviewer{hidden(`for ${round.name}`)}</>} error={errors.interviewer}>
            {(c) => (
              <input
                {...c}
                value={draft.interviewer}
                onChange={(e) => set('interviewer', e.target.value)}
              />
            )}
          </Field>
          <Field label={<>Confidence{hidden(`for ${round.name}`)}</>} hint="1 = shaky, 5 = ready">
            {(c) => (
              <select
                {...c}
                value={draft.confidence}
                onChange={(e) => set('confidence', e.target.value)}
              >
                <option value="">Not rated</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={String(n)}>
                    {n}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label={<>Notes{hidden(`for ${round.name}`)}</>} error={errors.notes}>
          {(c) => (
            <textarea
              {...c}
              rows={2}
              value={draft.notes}
              onChange={(e) => set('notes', e.target.value)}
            />
          )}
        </Field>
        {errors.form ? <p className="field__error">{errors.form}</p> : null}
        <div className="row-actions">
          <button type="submit" className="button button--primary" disabled={!dirty}>
            Save round{hidden(round.name)}
          </button>
          {dirty ? (
            <button
              type="button"
              onClick={() => {
                setDraft(saved);
                setErrors({});
              }}
            >
              Discard changes{hidden(`to ${round.name}`)}
            </button>
          ) : null}
          <span role="status" className="round-card__status">
            {dirty ? 'Unsaved changes' : note}
          </span>
        </div>
      </form>
    </li>
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
                {formatWhen(round.scheduledAt ?? '', round.timeZone)}
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
  const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
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

export const LoopView = ({ rounds, items, template, now }: Props) => (
  <div className="loop">
    <div className="loop__top">
      <Upcoming rounds={rounds} template={template} now={now} />
      <Plan rounds={rounds} items={items} template={template} now={now} />
    </div>
    <div className="loop__roles">
      {template.roles.map((role) => {
        const mine = rounds.filter((r) => r.roleId === role.id);
        return (
          <section key={role.id} aria-labelledby={`loop-${role.id}`} className="loop__role">
            <h3 id={`loop-${role.id}`}>
              {role.shortName} loop <span className="muted">— {role.name}</span>
            </h3>
            {mine.length === 0 ? (
              <p className="muted">No rounds for this role.</p>
            ) : (
              <ol className="round-list">
                {mine.map((r) => (
                  <RoundCard key={r.id} round={r} roleShort={role.shortName} />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  </div>
);
