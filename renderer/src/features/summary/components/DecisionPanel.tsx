/**
 * "My decision" (the chosen offer) and the free-text "Decision notes". On
 * screen both are editable and saved as you type; the print route shows them
 * as text. Notes are kept as a draft while invalid (too long), with the
 * message next to the field, so nothing saved is lost (the shared DraftField).
 */

import { DraftField } from '@renderer/components/DraftField';
import { Field } from '@renderer/components/Field';
import { notesError, setChosenOffer, setDecisionNotes } from '@renderer/features/summary/mutations';
import type { ParseResult } from '@shared/domain/parse';
import type { Offer, Workbook } from '@shared/schemas/records';

const asTyped = (text: string): string => text;

/** Notes as typed, or the schema's message (too long). */
const parseNotes = (text: string): ParseResult<string> => {
  const problem = notesError(text);
  return problem === null ? { ok: true, value: text } : { ok: false, message: problem };
};

type Props = {
  workbook: Workbook;
  offers: readonly Offer[];
  readOnly?: boolean;
  onError: (err: unknown) => void;
};

export const DecisionPanel = ({ workbook, offers, readOnly = false, onError }: Props) => {
  const { notes, chosenOfferId } = workbook.decision;
  const chosen = offers.find((o) => o.id === chosenOfferId) ?? null;
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
      <DraftField
        label="Decision notes"
        hint="What tipped it, what you would ask before signing, what you are giving up. Saved as you type."
        multiline
        rows={6}
        value={notes}
        format={asTyped}
        parse={parseNotes}
        onCommit={(text) => setDecisionNotes(workbook.id, text).catch(onError)}
      />
    </section>
  );
};
