/**
 * "Paste offer letter…": a dialog where the user pastes a letter (or opens a
 * .txt, .eml, .html or .pdf file), reviews every figure the local extractor
 * found next to the highlighted words it came from, ticks the ones to keep,
 * and adds them as a new offer or into an existing one. Nothing is written
 * until "Add"/"Update"; Cancel leaves the workbook as it was. Self-contained:
 * it needs only the workbook, its template and the offers to choose from.
 */

import { Dialog } from '@renderer/components/Dialog';
import { Field } from '@renderer/components/Field';
import { useToast } from '@renderer/components/Toast';
import { api, messageOf, unwrap } from '@renderer/lib/api';
import { formatMoney, parseMoneyInput } from '@shared/domain/money';
import {
  LETTER_REVIEW_FIELDS,
  type LetterExtraction,
  type LetterField,
  type LetterVesting,
  type SourceSpan,
} from '@shared/domain/offerLetter/extract';
import { grantFromUnits, letterToOfferPatch } from '@shared/domain/offerLetter/toOffer';
import type { Offer, Workbook } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { useEffect, useId, useMemo, useState } from 'react';
import { useLetterExtraction } from '../letter/useLetterExtraction';
import { saveOfferFromLetter } from '../mutations';

export type OfferLetterDialogProps = {
  open: boolean;
  onClose: () => void;
  workbook: Pick<Workbook, 'id'>;
  template: Template | null;
  offers: readonly Offer[];
  /** Called with the id of the offer written, after a successful accept. */
  onSaved?: (offerId: string) => void;
};

/** Rows of the review, in the order an offer is read. */
const REVIEW = LETTER_REVIEW_FIELDS;

const LABELS: Record<LetterField, string> = {
  title: 'Title (becomes the offer’s name)',
  level: 'Level',
  location: 'Location',
  currency: 'Currency',
  baseSalary: 'Base salary, a year',
  signOnYear1: 'Sign-on, year 1',
  signOnYear2: 'Sign-on, year 2',
  signOnPaidMonthly: 'Sign-on paid monthly',
  bonusTargetPct: 'Annual bonus target',
  rsuGrantValue: 'RSU grant, whole grant at grant date',
  rsuUnits: 'RSU units',
  sharePrice: 'Share price',
  vesting: 'Vesting',
  startDate: 'Start date (kept in the offer’s notes)',
  deadline: 'Offer deadline',
  clawback: 'Sign-on repayment if you leave early',
};

const CADENCE: Record<NonNullable<LetterVesting['cadence']>, string> = {
  monthly: 'monthly',
  quarterly: 'quarterly',
  semiannual: 'every six months',
  yearly: 'yearly',
};

const describeVesting = (v: LetterVesting): string => {
  const split = v.yearPct.join(' / ');
  const then = v.cadence ? `, then ${CADENCE[v.cadence]}` : '';
  if (v.preset === 'amazon') return `Amazon schedule: ${split}% by year`;
  if (v.preset === 'even-cliff') return `${split}% by year, one-year cliff${then}`;
  return `${split}% by year${v.cadence ? `, vesting ${CADENCE[v.cadence]}` : ''}`;
};

const shownValue = (x: LetterExtraction, field: LetterField, currency: string): string => {
  const f = x.fields;
  switch (field) {
    case 'baseSalary':
    case 'signOnYear1':
    case 'signOnYear2':
    case 'rsuGrantValue':
    case 'sharePrice': {
      const v = f[field]?.value;
      return v === undefined ? '' : formatMoney(v, currency);
    }
    case 'bonusTargetPct':
      return `${f.bonusTargetPct?.value ?? ''}% of base`;
    case 'signOnPaidMonthly':
      return f.signOnPaidMonthly?.value ? 'yes, in monthly instalments' : 'no';
    case 'rsuUnits':
      return `${f.rsuUnits?.value.toLocaleString() ?? ''} units`;
    case 'vesting':
      return f.vesting ? describeVesting(f.vesting.value) : '';
    case 'clawback':
      return f.clawback?.value === 'prorated' ? 'repay a pro-rated part' : 'repay it in full';
    default: {
      const v = f[field]?.value;
      return typeof v === 'string' ? v : '';
    }
  }
};

/**
 * Longest text shown in the text area, in characters. Laying out a 1 MB
 * paste in a text area takes Chromium many seconds; a letter is a few
 * thousand characters, so anything past this is read but not shown.
 */
const SHOWN_TEXT_LIMIT = 100_000;

/** Longest piece of a source line shown on either side of the highlight. */
const CONTEXT_CHARS = 160;

/** The source line(s) of a span, with the span marked. */
const SourceLine = ({ text, span }: { text: string; span: SourceSpan }) => {
  const lineStart = text.lastIndexOf('\n', span.from - 1) + 1;
  const nextBreak = text.indexOf('\n', span.to);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const before = text.slice(Math.max(lineStart, span.from - CONTEXT_CHARS), span.from);
  const after = text.slice(span.to, Math.min(lineEnd, span.to + CONTEXT_CHARS));
  const where =
    span.endLine > span.line ? `Lines ${span.line}–${span.endLine}` : `Line ${span.line}`;
  return (
    <blockquote className="letter-source">
      <span className="letter-source__where">{where}: </span>
      {span.from - CONTEXT_CHARS > lineStart ? '…' : ''}
      {before}
      <mark>{text.slice(span.from, span.to)}</mark>
      {after}
      {span.to + CONTEXT_CHARS < lineEnd ? '…' : ''}
    </blockquote>
  );
};

export const OfferLetterDialog = ({
  open,
  onClose,
  workbook,
  template,
  offers,
  onSaved,
}: OfferLetterDialogProps) => {
  const [typed, setTyped] = useState('');
  // A paste too long to lay out in a text area is kept here and read, but not shown.
  const [longPaste, setLongPaste] = useState<string | null>(null);
  const text = longPaste ?? typed;
  const setText = (value: string) => {
    setLongPaste(value.length > SHOWN_TEXT_LIMIT ? value : null);
    setTyped(value.length > SHOWN_TEXT_LIMIT ? '' : value);
  };
  const [fileNotice, setFileNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ticks, setTicks] = useState<ReadonlySet<LetterField>>(new Set());
  const [priceText, setPriceText] = useState('');
  const [target, setTarget] = useState<string>('new');
  const [saving, setSaving] = useState(false);
  const toast = useToast();
  const extraction = useLetterExtraction(open ? text : '', open);
  const result = extraction.status === 'done' ? extraction.result : null;
  const textId = useId();

  // A fresh reading ticks the clear matches and leaves ambiguous ones for the user.
  useEffect(() => {
    if (!result) return;
    setTicks(new Set(REVIEW.filter((f) => result.fields[f]?.clear === true)));
  }, [result]);

  const reset = () => {
    setText('');
    setFileNotice(null);
    setError(null);
    setPriceText('');
    setTarget('new');
  };
  const close = () => {
    reset();
    onClose();
  };

  const currency =
    result?.fields.currency?.value ??
    offers.find((o) => o.id === target)?.currency ??
    template?.conventions?.currency ??
    'USD';
  const price = priceText.trim() === '' ? null : parseMoneyInput(priceText);
  const units = result?.fields.rsuUnits?.value ?? null;
  const grantFromPrice =
    result?.needsSharePrice && units !== null && price?.ok
      ? grantFromUnits(units, price.cents)
      : null;

  const rows = useMemo(
    () => (result ? REVIEW.filter((f) => result.fields[f] !== undefined) : []),
    [result],
  );
  const notFound = result
    ? result.notFound.filter((f) => !(f === 'rsuGrantValue' && result.needsSharePrice))
    : [];
  const accepted = new Set(ticks);
  if (grantFromPrice === null) {
    if (result?.needsSharePrice) accepted.delete('rsuGrantValue');
  } else if (ticks.has('rsuGrantValue') || !result?.fields.rsuGrantValue) {
    accepted.add('rsuGrantValue');
  }
  const count = [...accepted].filter((f) => rows.includes(f) || f === 'rsuGrantValue').length;

  const toggle = (field: LetterField, on: boolean) => {
    const next = new Set(ticks);
    if (on) next.add(field);
    else next.delete(field);
    setTicks(next);
  };

  const openFile = async () => {
    setFileNotice(null);
    try {
      const read = await unwrap(api().letter.open());
      if (read.kind === 'cancelled') return;
      if (read.kind === 'text') {
        setText(read.text);
        setFileNotice(`Read ${read.name}.`);
      } else setFileNotice(read.message);
    } catch (err) {
      setFileNotice(messageOf(err));
    }
  };

  const accept = async () => {
    if (!result) return;
    setSaving(true);
    setError(null);
    try {
      const existing = target === 'new' ? null : (offers.find((o) => o.id === target) ?? null);
      const patch = letterToOfferPatch(result, accepted, existing, grantFromPrice);
      const id = await saveOfferFromLetter(
        workbook.id,
        template,
        existing ? existing.id : null,
        patch,
      );
      const name = patch.name ?? existing?.name ?? 'the new offer';
      toast.show({
        text: existing
          ? `Updated “${existing.name}” with ${count} figures from the offer letter.`
          : `Added “${name}” with ${count} figures from the offer letter.`,
      });
      reset();
      onSaved?.(id);
      onClose();
    } catch (err) {
      // A refused figure arrives as a WriteError whose message is already a sentence.
      setError(`Nothing was saved: ${messageOf(err)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open={open}
      title="Paste an offer letter"
      onClose={close}
      actions={
        <>
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="button--primary"
            disabled={!result || count === 0 || saving}
            onClick={() => void accept()}
          >
            {target === 'new'
              ? `Add offer with ${count} figures`
              : `Update offer with ${count} figures`}
          </button>
        </>
      }
    >
      <div className="letter-review">
        <p className="field__hint">
          Crossroads reads the letter on this computer — nothing is sent anywhere. Check every
          figure against its highlighted source before you add it.
        </p>
        <div className="field">
          <label htmlFor={textId}>Offer letter or recruiter’s email</label>
          <textarea
            id={textId}
            className="letter-review__text"
            rows={8}
            // Spell-checking a long paste costs seconds per edit in Chromium, and figures are not words.
            spellCheck={false}
            value={typed}
            placeholder="Paste the text of the letter here"
            onPaste={(e) => {
              const pasted = e.clipboardData.getData('text/plain');
              if (pasted.length <= SHOWN_TEXT_LIMIT) return;
              e.preventDefault();
              setText(pasted);
              setFileNotice(null);
            }}
            onChange={(e) => {
              setText(e.target.value);
              setFileNotice(null);
            }}
          />
          {longPaste !== null ? (
            <p className="field__hint">
              {`The letter is ${longPaste.length.toLocaleString()} characters long — too long to show here, so it is read but not shown. `}
              <button type="button" onClick={() => setText('')}>
                Clear it
              </button>
            </p>
          ) : null}
        </div>
        <p className="letter-review__file">
          <button type="button" onClick={() => void openFile()}>
            Open a file…
          </button>{' '}
          <span className="field__hint">.txt, .eml, .html or a PDF with text</span>
        </p>
        {fileNotice ? (
          <p role="status" className="banner">
            {fileNotice}
          </p>
        ) : null}

        {extraction.status === 'reading' ? <p aria-busy="true">Reading the letter…</p> : null}
        {extraction.status === 'failed' ? (
          <p role="alert" className="field__error">
            {extraction.message}
          </p>
        ) : null}

        {result ? (
          <section
            aria-label="Figures found"
            className="letter-review__found"
            data-extract-ms={extraction.status === 'done' ? extraction.ms.toFixed(1) : undefined}
          >
            <h3>Found in the letter</h3>
            {rows.length === 0 && !result.fields.rsuUnits ? (
              <p>
                No figures found. Check that this is the letter’s text, or enter the offer by hand.
              </p>
            ) : null}
            <ul className="letter-review__rows">
              {rows.map((field) => {
                const found = result.fields[field];
                if (!found) return null;
                return (
                  <li key={field} className="letter-row">
                    <label className="letter-row__pick">
                      <input
                        type="checkbox"
                        checked={ticks.has(field)}
                        onChange={(e) => toggle(field, e.target.checked)}
                      />{' '}
                      <span className="letter-row__label">{LABELS[field]}:</span>{' '}
                      <strong>{shownValue(result, field, currency)}</strong>
                    </label>
                    {found.rule ? <p className="field__hint">Worked out as {found.rule}.</p> : null}
                    {found.reason ? (
                      <p className="letter-row__reason">Not ticked: {found.reason}</p>
                    ) : null}
                    <SourceLine text={text} span={found.span} />
                  </li>
                );
              })}
              {result.needsSharePrice && result.fields.rsuUnits ? (
                <li className="letter-row">
                  <p>
                    <span className="letter-row__label">RSU grant:</span>{' '}
                    <strong>{shownValue(result, 'rsuUnits', currency)}</strong> — the letter gives
                    units, not a value. Enter the share price (the price on the grant date, or the
                    one your recruiter quoted) to work out the grant’s value.
                  </p>
                  <SourceLine text={text} span={result.fields.rsuUnits.span} />
                  <Field
                    label={`Share price (${currency})`}
                    error={price && !price.ok ? price.message : null}
                    hint={
                      grantFromPrice !== null
                        ? `Grant value: ${units?.toLocaleString()} units × ${formatMoney(price?.ok ? price.cents : 0, currency)} = ${formatMoney(grantFromPrice, currency)}.`
                        : 'The grant is added only once a price is entered.'
                    }
                  >
                    {(control) => (
                      <input
                        {...control}
                        inputMode="decimal"
                        value={priceText}
                        onChange={(e) => setPriceText(e.target.value)}
                      />
                    )}
                  </Field>
                </li>
              ) : null}
            </ul>
            {result.notes.length > 0 ? (
              <ul className="letter-review__notes">
                {result.notes.map((n) => (
                  <li key={n.text} className="banner">
                    {n.text}
                  </li>
                ))}
              </ul>
            ) : null}
            {notFound.length > 0 ? (
              <>
                <h3>Not found — enter by hand</h3>
                <p className="letter-review__missing">
                  {notFound.map((f) => LABELS[f]).join(' · ')}
                </p>
              </>
            ) : null}
            <Field label="Put these figures into">
              {(control) => (
                <select {...control} value={target} onChange={(e) => setTarget(e.target.value)}>
                  <option value="new">A new offer</option>
                  {offers.map((o) => (
                    <option key={o.id} value={o.id}>
                      {`Update “${o.name}”`}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </section>
        ) : null}
        {error ? (
          <p role="alert" className="field__error">
            {error}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
};
