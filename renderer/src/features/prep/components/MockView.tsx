/**
 * The question bank and mock answers: pick a question (the template's or the
 * user's own), answer it in the six labelled parts with an optional timer and
 * a self-score, see which parts are thin or empty as you type, save the
 * attempt, and compare any two past attempts side by side.
 */

import { EmptyState } from '@renderer/components/EmptyState';
import { Field } from '@renderer/components/Field';
import { useFailureToast, useToast } from '@renderer/components/Toast';
import { useUndoableAction } from '@renderer/components/useUndoableAction';
import { type FieldMessages, WriteError } from '@renderer/db/writeError';
import { addQuestion, removeMockAnswer, saveMockAnswer } from '@renderer/features/prep/mutations';
import { messageOf } from '@renderer/lib/api';
import { formatMoment } from '@renderer/lib/dates';
import { MOCK_PART_LABELS, mockCoverage } from '@shared/domain/prep';
import { MOCK_PARTS, type MockAnswer, type MockPart, type Question } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { useEffect, useRef, useState } from 'react';
import { RatingOptions } from './RatingOptions';

type Props = {
  workbookId: string;
  questions: Question[];
  answers: MockAnswer[];
  template: Template;
};

const PART_HINTS: Record<MockPart, string> = {
  audience: 'Who buys, who uses, who can block it.',
  problem: 'What hurts for them today, in their words.',
  positioning: 'Why this, why now, against what alternative.',
  launchPlan: 'Phases, channels, dates, the moment of the announcement.',
  enablement: 'What sales and support need to tell the story.',
  metrics: 'How you will know it worked, with a number and a date.',
};

const emptyParts = (): Record<MockPart, string> => ({
  audience: '',
  problem: '',
  positioning: '',
  launchPlan: '',
  enablement: '',
  metrics: '',
});

/** "9:05" from seconds. */
export const formatDuration = (sec: number): string =>
  `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;

/** A start/stop timer counting whole seconds; its interval is cleared on stop and unmount. */
const useTimer = () => {
  const [running, setRunning] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  const base = useRef({ startedAt: 0, before: 0 });
  useEffect(() => {
    if (!running) return;
    const tick = () =>
      setElapsed(base.current.before + Math.floor((Date.now() - base.current.startedAt) / 1000));
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, [running]);
  return {
    running,
    elapsed,
    toggle: () => {
      if (running) {
        setElapsed(base.current.before + Math.floor((Date.now() - base.current.startedAt) / 1000));
        setRunning(false);
      } else {
        base.current = { startedAt: Date.now(), before: elapsed };
        setRunning(true);
      }
    },
    reset: () => {
      setRunning(false);
      setElapsed(0);
    },
  };
};

const AnswerEditor = ({ workbookId, question }: { workbookId: string; question: Question }) => {
  const [parts, setParts] = useState(emptyParts);
  const [score, setScore] = useState('');
  const [errors, setErrors] = useState<FieldMessages>({});
  const timer = useTimer();
  const toast = useToast();
  const coverage = mockCoverage({ parts });
  const started = MOCK_PARTS.some((p) => parts[p].trim() !== '');
  const save = async () => {
    try {
      await saveMockAnswer(
        workbookId,
        {
          questionId: question.id,
          parts,
          durationSec: timer.elapsed > 0 ? timer.elapsed : null,
          selfScore: score === '' ? null : Number(score),
        },
        new Date(),
      );
      setParts(emptyParts());
      setScore('');
      setErrors({});
      timer.reset();
      toast.show({ text: 'Attempt saved. It is listed under past attempts.' });
    } catch (err) {
      setErrors(err instanceof WriteError ? err.fields : { form: messageOf(err) });
    }
  };
  return (
    <form
      className="card answer-editor"
      aria-labelledby="answer-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="answer-editor__head">
        <h3 id="answer-title">New attempt</h3>
        <div className="timer">
          <span className="timer__value">
            <span className="visually-hidden">Time on this attempt: </span>
            {formatDuration(timer.elapsed)}
          </span>
          <button type="button" onClick={timer.toggle} aria-pressed={timer.running}>
            {timer.running ? 'Stop timer' : timer.elapsed > 0 ? 'Resume timer' : 'Start timer'}
          </button>
        </div>
      </div>
      <div className="answer-editor__parts">
        {MOCK_PARTS.map((part) => (
          <Field
            key={part}
            label={MOCK_PART_LABELS[part]}
            hint={
              !started || coverage.parts[part].status === 'ok' ? (
                PART_HINTS[part]
              ) : (
                <>
                  <span className={`part__status part__status--${coverage.parts[part].status}`}>
                    {coverage.parts[part].status === 'empty' ? 'Empty.' : 'Thin.'}
                  </span>{' '}
                  {PART_HINTS[part]}
                </>
              )
            }
            error={errors[part]}
            className="part"
          >
            {(c) => (
              <textarea
                {...c}
                rows={3}
                value={parts[part]}
                onChange={(e) => {
                  const value = e.target.value;
                  setParts((p) => ({ ...p, [part]: value }));
                }}
              />
            )}
          </Field>
        ))}
      </div>
      <section className="coverage" aria-label="Coverage check">
        <strong>Coverage check: </strong>
        <span role="status">
          {started ? coverage.summary : 'Start writing to see which parts need more.'}
        </span>
      </section>
      <div className="answer-editor__foot">
        <Field label="Self-score" hint="How good it felt, 1–5 (optional)">
          {(c) => (
            <select {...c} value={score} onChange={(e) => setScore(e.target.value)}>
              <RatingOptions none="Not scored" />
            </select>
          )}
        </Field>
        <button type="submit" className="button button--primary">
          Save attempt
        </button>
      </div>
      {errors.parts || errors.form ? (
        <p className="field__error" role="alert">
          {errors.parts ?? errors.form}
        </p>
      ) : null}
    </form>
  );
};

const AttemptColumn = ({ answer, label }: { answer: MockAnswer; label: string }) => {
  const cov = mockCoverage(answer);
  return (
    <div className="compare__col">
      <h4>
        {label}: {formatMoment(answer.createdAt)}
      </h4>
      <p className="muted small">
        {answer.durationSec === null ? 'Not timed' : `Took ${formatDuration(answer.durationSec)}`} ·{' '}
        {answer.selfScore === null ? 'not scored' : `self-score ${answer.selfScore}/5`}
      </p>
      <p className="small">{cov.summary}</p>
      <dl>
        {MOCK_PARTS.map((p) => (
          <div key={p} className="compare__part">
            <dt>{MOCK_PART_LABELS[p]}</dt>
            <dd>{answer.parts[p] || <em className="muted">empty</em>}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
};

const PastAttempts = ({ answers }: { answers: MockAnswer[] }) => {
  const [picked, setPicked] = useState<string[]>([]);
  const shown = picked.filter((id) => answers.some((a) => a.id === id));
  const toggle = (id: string) =>
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));
  const fail = useFailureToast('That change was not saved. ');
  const runUndoable = useUndoableAction(fail);
  const remove = (id: string) =>
    runUndoable(() => removeMockAnswer(id), { text: () => 'Attempt deleted.' });
  // `answers` come newest first from the query: the ticked ones, oldest first.
  const compared = answers.filter((a) => shown.includes(a.id)).reverse();
  return (
    <section className="card attempts" aria-labelledby="attempts-title">
      <h3 id="attempts-title">Past attempts</h3>
      {answers.length === 0 ? (
        <p className="muted">No attempts at this question yet.</p>
      ) : (
        <>
          <p className="muted small">Tick two attempts to compare them side by side.</p>
          <ul className="attempts__list">
            {answers.map((a) => {
              const cov = mockCoverage(a);
              return (
                <li key={a.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={shown.includes(a.id)}
                      onChange={() => toggle(a.id)}
                    />{' '}
                    {formatMoment(a.createdAt)}
                  </label>
                  <span className="muted small">
                    {a.selfScore === null ? 'not scored' : `${a.selfScore}/5`}
                    {a.durationSec === null ? '' : ` · ${formatDuration(a.durationSec)}`} ·{' '}
                    {cov.summary}
                  </span>
                  <button
                    type="button"
                    className="button--small"
                    aria-label={`Delete attempt from ${formatMoment(a.createdAt)}`}
                    onClick={() => void remove(a.id)}
                  >
                    Delete
                  </button>
                </li>
              );
            })}
          </ul>
          {compared.length === 2 && compared[0] && compared[1] ? (
            <section className="compare" aria-label="Compare attempts">
              <AttemptColumn answer={compared[0]} label="Earlier" />
              <AttemptColumn answer={compared[1]} label="Later" />
            </section>
          ) : compared.length === 1 && compared[0] ? (
            <section className="compare compare--single" aria-label="Selected attempt">
              <AttemptColumn answer={compared[0]} label="Attempt" />
            </section>
          ) : null}
        </>
      )}
    </section>
  );
};

const AddQuestion = ({
  workbookId,
  template,
  onAdded,
}: {
  workbookId: string;
  template: Template;
  onAdded: (id: string) => void;
}) => {
  const [text, setText] = useState('');
  const [roleId, setRoleId] = useState(template.roles[0].id);
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    try {
      const q = await addQuestion(workbookId, { roleId, text }, new Date());
      setText('');
      setError(null);
      onAdded(q.id);
    } catch (err) {
      setError(err instanceof WriteError ? (err.fields.text ?? err.message) : messageOf(err));
    }
  };
  return (
    <form
      className="add-question"
      aria-label="Add your own question"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <Field label="Your own question" error={error}>
        {(c) => <input {...c} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <Field label="Role">
        {(c) => (
          <select {...c} value={roleId} onChange={(e) => setRoleId(e.target.value)}>
            {template.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.shortName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit">Add question</button>
    </form>
  );
};

export const MockView = ({ workbookId, questions, answers, template }: Props) => {
  const [selected, setSelected] = useState<string | null>(null);
  const current =
    questions.find((q) => q.id === selected) ??
    questions.find((q) => answers.some((a) => a.questionId === q.id)) ??
    questions[0];
  const mine = current ? answers.filter((a) => a.questionId === current.id) : [];
  return (
    <div className="mock">
      <div className="mock__picker card">
        <Field label="Question" hint={`${questions.length} in the bank`}>
          {(c) => (
            <select {...c} value={current?.id ?? ''} onChange={(e) => setSelected(e.target.value)}>
              {template.roles.map((r) => (
                <optgroup key={r.id} label={r.shortName}>
                  {questions
                    .filter((q) => q.roleId === r.id)
                    .map((q) => {
                      const n = answers.filter((a) => a.questionId === q.id).length;
                      return (
                        <option key={q.id} value={q.id}>
                          {q.text.length > 90 ? `${q.text.slice(0, 88)}…` : q.text}
                          {n > 0 ? ` (${n} ${n === 1 ? 'attempt' : 'attempts'})` : ''}
                          {q.templateQuestionId === null ? ' — yours' : ''}
                        </option>
                      );
                    })}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <AddQuestion workbookId={workbookId} template={template} onAdded={setSelected} />
      </div>
      {current ? (
        <>
          <blockquote className="mock__question">{current.text}</blockquote>
          <div className="mock__body">
            <AnswerEditor key={current.id} workbookId={workbookId} question={current} />
            <PastAttempts key={`past-${current.id}`} answers={mine} />
          </div>
        </>
      ) : (
        <EmptyState title="No questions yet">
          <p>Add a question above to write a mock answer to it.</p>
        </EmptyState>
      )}
    </div>
  );
};
