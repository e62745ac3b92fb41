/**
 * "My decision" (the chosen offer) and the free-text "Decision notes". On
 * screen both are editable and saved as you type; the print route shows them
 * as text. Notes are kept as a draft while invalid (too long), with the
 * message next to the field, so nothing saved is lost.
 */

import { Field } from '@renderer/components/Field';
import { notesError, setChosenOffer, setDecisionNotes } from '@renderer/features/summary/mutations';
import type { Offer, Workbook } from '@shared/schemas/records';
import { useEffect, useState } from 'react';

type Props = {
  workbook: Workbook;
  offers: readonly Offer[];
  readOnly?: boolean;
  onError: (err: unknown) => void;
};

export const DecisionPanel = ({ workbook, offers, readOnly = false, onError }: Props) => {
  const { notes, chosenOfferId } = workbook.decision;
  const chosen = offers.find((o) => o.id === chosenOfferId) ?? null;
  const [draft, setDraft] = useState(notes);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);

  // Follow changes made elsewhere (undo, another window) when not typing.
  useEffect(() => {
    if (!editing) setDraft(notes);
  }, [notes, editing]);

  if (readOnly) {
    return (
      <section className="summary-decision" aria-labelledby="decision-title">
        <h2 id="decision-title">Decision</h2>
        <p className="summary-decision__choice">
          <span className="summary-label">My decision: </span>
          <strong>{chosen ? chosen.name : 'Not decided yet'}</strong>
        </p>
        <h3>Decision notes</h3>
        {notes.trim() ? (
          <p className="summary-notes">{notes}</p>
        ) : (
          <p className="muted">No notes written.</p>
        )}
      </section>
    );
  }

  const onNotes = (text: string) => {
    setDraft(text);
    const problem = notesError(text);
    setError(problem);
    if (problem === null) setDecisionNotes(workbook.id, text).catch(onError);
  };

  return (
    <section className="summary-decision card" aria-labelledby="decision-title">
      <h2 id="decision-title">Decision</h2>
      <Field
        label="My decision"
        hint="The offer you are choosing. Leave it open until you are sure."
      >
        {(control) => (
          <select
            {...control}
            value={chosen?.id ?? ''}
            onChange={(e) => setChosenOffer(workbook.id, e.target.value || null).catch(onError)}
          >
            <option value="">Not decided yet</option>
            {offers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Decision notes"
        hint="What tipped it, what you would ask before signing, what you are giving up. Saved as you type."
        error={error}
      >
        {(control) => (
          <textarea
            {...control}
            rows={6}
            value={draft}
            onFocus={() => setEditing(true)}
            onBlur={() => setEditing(false)}
            onChange={(e) => onNotes(e.target.value)}
          />
        )}
      </Field>
    </section>
  );
};
