/**
 * First run: start a workbook from a template or open the sample workbook.
 */

import { useFileActions } from '@renderer/features/workbook/fileActions';
import {
  openSampleWorkbook,
  startWorkbook,
  workbookNameError,
} from '@renderer/features/workbook/mutations';
import { messageOf } from '@renderer/lib/api';
import { sectionHref } from '@renderer/lib/routes';
import { WORKBOOK_NAME_MAX } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { type FormEvent, type ReactNode, useId, useState } from 'react';

const defaultName = (t: Template | undefined) => (t ? t.name : 'My decision');

export type WelcomeProps = {
  templates: Template[];
  notice?: ReactNode;
  /** Set when a workbook is open and the user asked for a new one: offers a way back. */
  onCancel?: () => void;
  /** Called once a new workbook is open. */
  onDone?: () => void;
};

export const Welcome = ({ templates, notice, onCancel, onDone }: WelcomeProps) => {
  const files = useFileActions();
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const template = templates.find((t) => t.id === templateId);
  const [name, setName] = useState(defaultName(templates[0]));
  const [nameTouched, setNameTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const nameErrorId = useId();
  const nameError = workbookNameError(name.trim());

  const choose = (t: Template) => {
    setTemplateId(t.id);
    if (!nameTouched) setName(defaultName(t));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!template || nameError) return;
    setBusy(true);
    setError(null);
    try {
      await startWorkbook(template, name.trim());
      window.location.hash = sectionHref('offers');
      onDone?.();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  const openSample = async () => {
    setBusy(true);
    setError(null);
    try {
      await openSampleWorkbook();
      window.location.hash = sectionHref('offers');
      onDone?.();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <main className="welcome" id="main">
      <header className="welcome__intro">
        <h1>Crossroads</h1>
        <p className="lede">
          A private workbook for one career decision: which role, which offer. Compare offers year
          by year, work out which job you would enjoy doing every week, and plan your interview
          prep. Everything stays on this computer.
        </p>
        {onCancel ? (
          <p className="welcome__back">
            Starting a new workbook keeps the one open now as a pinned backup (File › Backups).{' '}
            <button type="button" onClick={onCancel}>
              Back to my workbook
            </button>
          </p>
        ) : null}
      </header>
      {notice}
      {error ? (
        <div role="alert" className="banner banner--error">
          {error}
        </div>
      ) : null}
      <div className="welcome__grid">
        <section className="card" aria-labelledby="start-heading">
          <h2 id="start-heading">Start a new workbook</h2>
          <form onSubmit={submit} noValidate>
            <fieldset className="template-choice">
              <legend>Template</legend>
              {templates.map((t) => (
                <label key={t.id} className="template-option">
                  <input
                    type="radio"
                    name="template"
                    value={t.id}
                    checked={t.id === templateId}
                    onChange={() => choose(t)}
                  />
                  <span>
                    <span className="template-option__name">{t.name}</span>
                    <span className="template-option__desc">{t.description}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor={nameId}>Workbook name</label>
              <input
                id={nameId}
                value={name}
                maxLength={WORKBOOK_NAME_MAX}
                aria-invalid={nameError ? true : undefined}
                aria-describedby={nameError ? nameErrorId : undefined}
                onChange={(e) => {
                  setName(e.target.value);
                  setNameTouched(true);
                }}
              />
              {nameError ? (
                <p id={nameErrorId} className="field__error">
                  {nameError}
                </p>
              ) : null}
            </div>
            <button
              type="submit"
              className="button button--primary"
              disabled={busy || !template || !!nameError}
            >
              Start workbook
            </button>
          </form>
        </section>
        <section className="card" aria-labelledby="sample-heading">
          <h2 id="sample-heading">Or look around first</h2>
          <p>
            The sample workbook is filled in with example figures, so you can see what each page
            does before entering your own. You can start your own workbook at any time.
          </p>
          <button type="button" className="button" onClick={openSample} disabled={busy}>
            Open the sample workbook
          </button>
          <h2 className="welcome__subhead">Have a workbook file?</h2>
          <p>Open a .crossroads.json file saved from Crossroads on this or another computer.</p>
          <button
            type="button"
            className="button"
            onClick={() => void files.open()}
            disabled={busy}
          >
            Open a workbook file…
          </button>
        </section>
      </div>
    </main>
  );
};
