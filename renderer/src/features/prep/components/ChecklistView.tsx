/**
 * The prep checklist: each item's done count against its target (stepper and
 * number field, every change recorded in history), notes, a link to where the
 * work lives, reordering, editing, removal with undo, and a form for the
 * user's own items. Reads come in as props; writes go through `mutations.ts`.
 */

import { DraftField } from '@renderer/components/DraftField';
import { EmptyState } from '@renderer/components/EmptyState';
import { Field } from '@renderer/components/Field';
import { useFailureToast, useToast } from '@renderer/components/Toast';
import { useUndoableAction } from '@renderer/components/useUndoableAction';
import { type FieldMessages, WriteError } from '@renderer/db/writeError';
import {
  addPrepItem,
  movePrepItem,
  prepFieldError,
  removePrepItem,
  setPrepDone,
  updatePrepItem,
} from '@renderer/features/prep/mutations';
import { messageOf } from '@renderer/lib/api';
import type { ParseResult } from '@shared/domain/parse';
import type { PrepItem } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { useState } from 'react';
import { ItemLink } from './ItemLink';

type Props = { workbookId: string; items: PrepItem[]; template: Template };

export const roleLabel = (template: Template, roleId: string): string =>
  roleId === 'both'
    ? 'Both roles'
    : (template.roles.find((r) => r.id === roleId)?.shortName ?? roleId);

const RoleSelect = ({
  template,
  value,
  onChange,
  id,
}: {
  template: Template;
  value: string;
  onChange: (v: string) => void;
  id: string;
}) => (
  <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
    <option value="both">Both roles</option>
    {template.roles.map((r) => (
      <option key={r.id} value={r.id}>
        {r.shortName} — {r.name}
      </option>
    ))}
  </select>
);

const parseWhole = (text: string): number | string =>
  text.trim() === '' ? 'Enter a number.' : Number(text);

/** The typed done count: a whole number the schema accepts (0–100), or the field's message. */
const parseDone = (text: string): ParseResult<number> => {
  const done = parseWhole(text);
  if (typeof done === 'string') return { ok: false, message: done };
  const problem = prepFieldError('done', done);
  return problem ? { ok: false, message: problem } : { ok: true, value: done };
};

const DoneStepper = ({ item }: { item: PrepItem }) => (
  <DraftField
    className="stepper"
    label="Done"
    labelTail={`for ${item.title}`}
    type="number"
    inputMode="numeric"
    min={0}
    max={100}
    step={1}
    value={item.done}
    format={String}
    parse={parseDone}
    onCommit={(done) =>
      setPrepDone(item.id, done, new Date()).catch((err: unknown) => {
        throw err instanceof WriteError ? new Error(err.fields.done ?? err.message) : err;
      })
    }
    stepper={{
      less: { label: `Fewer done: ${item.title}`, to: item.done > 0 ? item.done - 1 : null },
      more: { label: `More done: ${item.title}`, to: item.done < 100 ? item.done + 1 : null },
    }}
    suffix={`of ${item.target}`}
  />
);

type EditDraft = { title: string; roleId: string; target: string; notes: string; link: string };

const ItemEditor = ({
  item,
  template,
  onClose,
}: {
  item: PrepItem;
  template: Template;
  onClose: () => void;
}) => {
  const [draft, setDraft] = useState<EditDraft>({
    title: item.title,
    roleId: item.roleId,
    target: String(item.target),
    notes: item.notes,
    link: item.link,
  });
  const [errors, setErrors] = useState<FieldMessages>({});
  const set = (k: keyof EditDraft) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const save = async () => {
    const target = parseWhole(draft.target);
    if (typeof target === 'string') {
      setErrors({ target });
      return;
    }
    try {
      await updatePrepItem(item.id, { ...draft, target });
      onClose();
    } catch (err) {
      setErrors(err instanceof WriteError ? err.fields : { form: messageOf(err) });
    }
  };
  return (
    <form
      className="item-editor"
      aria-label={`Edit ${item.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="item-editor__grid">
        <Field label="Title" error={errors.title}>
          {(c) => (
            <input {...c} value={draft.title} onChange={(e) => set('title')(e.target.value)} />
          )}
        </Field>
        <Field label="For">
          {(c) => (
            <RoleSelect
              id={c.id}
              template={template}
              value={draft.roleId}
              onChange={set('roleId')}
            />
          )}
        </Field>
        <Field label="Target" error={errors.target}>
          {(c) => (
            <input
              {...c}
              type="number"
              min={0}
              max={100}
              value={draft.target}
              onChange={(e) => set('target')(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label="Notes" error={errors.notes}>
        {(c) => (
          <textarea
            {...c}
            rows={2}
            value={draft.notes}
            onChange={(e) => set('notes')(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Link to the artifact"
        hint="A web address (https://…) or a file path on this computer."
        error={errors.link}
      >
        {(c) => <input {...c} value={draft.link} onChange={(e) => set('link')(e.target.value)} />}
      </Field>
      {errors.form ? <p className="field__error">{errors.form}</p> : null}
      <div className="row-actions">
        <button type="submit" className="button button--primary">
          Save item
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
};

const ChecklistRow = ({
  item,
  index,
  count,
  workbookId,
  template,
}: {
  item: PrepItem;
  index: number;
  count: number;
  workbookId: string;
  template: Template;
}) => {
  const [editing, setEditing] = useState(false);
  const complete = item.done >= item.target && item.target > 0;
  const fail = useFailureToast('That change was not saved. ');
  const runUndoable = useUndoableAction(fail);
  const remove = () =>
    runUndoable(() => removePrepItem(item.id), {
      text: (removed) => `Removed “${removed.title}”.`,
    });
  return (
    <li className={complete ? 'prep-item prep-item--complete' : 'prep-item'}>
      <div className="prep-item__main">
        <div className="prep-item__head">
          <h4 className="prep-item__title">{item.title}</h4>
          <span className={`role-tag role-tag--${item.roleId}`}>
            {roleLabel(template, item.roleId)}
          </span>
          {complete ? <span className="prep-item__badge">Complete</span> : null}
        </div>
        {item.notes ? <p className="prep-item__notes">{item.notes}</p> : null}
        <ItemLink link={item.link} title={item.title} />
      </div>
      <DoneStepper item={item} />
      <div className="prep-item__actions">
        <button
          type="button"
          aria-label={`Move up: ${item.title}`}
          disabled={index === 0}
          onClick={() => movePrepItem(workbookId, item.id, -1).catch(fail)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`Move down: ${item.title}`}
          disabled={index === count - 1}
          onClick={() => movePrepItem(workbookId, item.id, 1).catch(fail)}
        >
          ↓
        </button>
        <button
          type="button"
          aria-expanded={editing}
          aria-label={`Edit ${item.title}`}
          onClick={() => setEditing((e) => !e)}
        >
          Edit
        </button>
        <button type="button" aria-label={`Remove ${item.title}`} onClick={() => void remove()}>
          Remove
        </button>
      </div>
      {editing ? (
        <ItemEditor item={item} template={template} onClose={() => setEditing(false)} />
      ) : null}
    </li>
  );
};

const AddItemForm = ({ workbookId, template }: { workbookId: string; template: Template }) => {
  const [title, setTitle] = useState('');
  const [roleId, setRoleId] = useState('both');
  const [target, setTarget] = useState('1');
  const [errors, setErrors] = useState<FieldMessages>({});
  const toast = useToast();
  const add = async () => {
    const t = parseWhole(target);
    if (typeof t === 'string') {
      setErrors({ target: t });
      return;
    }
    try {
      const item = await addPrepItem(workbookId, { title, roleId, target: t });
      setErrors({});
      setTitle('');
      setTarget('1');
      toast.show({ text: `Added “${item.title}” to the checklist.` });
    } catch (err) {
      setErrors(err instanceof WriteError ? err.fields : { form: messageOf(err) });
    }
  };
  return (
    <form
      className="card add-item"
      aria-labelledby="add-item-title"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <h3 id="add-item-title">Add your own item</h3>
      <div className="add-item__grid">
        <Field label="New item" error={errors.title}>
          {(c) => (
            <input
              {...c}
              value={title}
              placeholder="e.g. Teardown of a competitor's launch"
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <Field label="For">
          {(c) => <RoleSelect id={c.id} template={template} value={roleId} onChange={setRoleId} />}
        </Field>
        <Field label="Target count" error={errors.target}>
          {(c) => (
            <input
              {...c}
              type="number"
              min={0}
              max={100}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary add-item__submit">
          Add item
        </button>
      </div>
      {errors.form ? <p className="field__error">{errors.form}</p> : null}
    </form>
  );
};

export const ChecklistView = ({ workbookId, items, template }: Props) => (
  <div className="checklist">
    {items.length === 0 ? (
      <EmptyState title="The checklist is empty">
        <p>
          Add the things you want to have ready before the interviews, each with a target count.
        </p>
      </EmptyState>
    ) : (
      <ol className="prep-items" aria-label="Prep checklist">
        {items.map((item, index) => (
          <ChecklistRow
            key={item.id}
            item={item}
            index={index}
            count={items.length}
            workbookId={workbookId}
            template={template}
          />
        ))}
      </ol>
    )}
    <AddItemForm workbookId={workbookId} template={template} />
  </div>
);
