/**
 * DraftField's reading rule and the markup of its options, rendered to static
 * HTML (no DOM here): the typing, Enter and blur behaviour is covered end to
 * end by the specs of the fields that use it (shell, summary, prep, offers).
 */
import type { ParseResult } from '@shared/domain/parse';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { unsavedDrafts } from '../lib/unsavedDrafts';
import { DraftField, type DraftFieldProps, readDraft } from './DraftField';
import { Field } from './Field';
import { restClassName } from './useRestUntilFocus';

/** Whole numbers 0–10; anything else is refused with one sentence. */
const parseSmall = (text: string): ParseResult<number> => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 10
    ? { ok: true, value: n }
    : { ok: false, message: 'Enter a whole number from 0 to 10.' };
};

const render = (props: Partial<DraftFieldProps<number>>): string =>
  renderToStaticMarkup(
    <DraftField
      label="Done"
      value={2}
      format={String}
      parse={parseSmall}
      onCommit={() => Promise.resolve()}
      {...props}
    />,
  );

/** The value of `attr` on the first element matching `tag`, or null. */
const attr = (html: string, tag: string, name: string): string | null => {
  const element = new RegExp(`<${tag}\\b[^>]*>`).exec(html)?.[0] ?? '';
  return new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(element)?.[1] ?? null;
};

describe('readDraft', () => {
  it('refuses text the parser refuses, with its message', () => {
    expect(readDraft('11', 2, parseSmall)).toEqual({
      kind: 'refused',
      message: 'Enter a whole number from 0 to 10.',
    });
    expect(readDraft('', 2, parseSmall).kind).toBe('refused');
  });

  it('tells the saved value apart from a new one', () => {
    // "02" reads as 2, the value already saved: nothing to write.
    expect(readDraft('02', 2, parseSmall)).toEqual({ kind: 'same', value: 2 });
    expect(readDraft('3', 2, parseSmall)).toEqual({ kind: 'changed', value: 3 });
  });

  it('compares with Object.is, so null and empty text meet', () => {
    const orNull = (t: string): ParseResult<number | null> =>
      t === '' ? { ok: true, value: null } : parseSmall(t);
    expect(readDraft('', null, orNull)).toEqual({ kind: 'same', value: null });
    expect(readDraft('0', null, orNull)).toEqual({ kind: 'changed', value: 0 });
  });
});

describe('DraftField options', () => {
  it('shows the saved value formatted, labelled by its visible label', () => {
    const html = render({});
    expect(attr(html, 'input', 'value')).toBe('2');
    expect(attr(html, 'label', 'for')).toBe(attr(html, 'input', 'id'));
    expect(html).toContain('>Done</label>');
  });

  it('labelTail: the screen says "Done", assistive technology "Done for Launch plan"', () => {
    const html = render({ labelTail: 'for Launch plan' });
    expect(html).toMatch(
      /<label[^>]*>Done <span class="visually-hidden">for Launch plan<\/span><\/label>/,
    );
  });

  it('labelledBy: named by other elements (a cell’s headers) alone, with no label of its own', () => {
    const html = render({ labelledBy: 'row-1 col-2' });
    expect(attr(html, 'input', 'aria-labelledby')).toBe('row-1 col-2');
    expect(attr(html, 'input', 'aria-label')).toBeNull();
    expect(html).not.toContain('<label');
  });

  it('labelHidden: a plain-text label is the control’s aria-label, not a hidden label element', () => {
    const html = render({ labelHidden: true });
    expect(attr(html, 'input', 'aria-label')).toBe('Done');
    expect(html).not.toContain('<label');
    // Without labelHidden the label is a visible label element for the control.
    const shown = render({});
    expect(attr(shown, 'label', 'for')).toBe(attr(shown, 'input', 'id'));
    expect(attr(shown, 'input', 'aria-label')).toBeNull();
    expect(attr(shown, 'label', 'class')).toBeNull();
  });

  it('multiline with rows: a textarea of that many lines', () => {
    const html = render({ multiline: true, rows: 6 });
    expect(html).not.toContain('<input');
    expect(attr(html, 'textarea', 'rows')).toBe('6');
    expect(render({ multiline: true })).toMatch(/<textarea[^>]* rows="3"/);
  });

  it('a number control carries its bounds, step and width', () => {
    const html = render({
      type: 'number',
      inputMode: 'numeric',
      min: 0,
      max: 10,
      step: 1,
      size: 4,
    });
    expect(attr(html, 'input', 'type')).toBe('number');
    expect(attr(html, 'input', 'inputmode')).toBe('numeric');
    expect(attr(html, 'input', 'min')).toBe('0');
    expect(attr(html, 'input', 'max')).toBe('10');
    expect(attr(html, 'input', 'step')).toBe('1');
    expect(attr(html, 'input', 'size')).toBe('4');
  });

  it('stepper: − before and + after the control, each named, disabled at its bound', () => {
    const html = render({
      value: 0,
      stepper: {
        less: { label: 'Fewer done: Launch plan', to: null },
        more: { label: 'More done: Launch plan', to: 1 },
      },
    });
    const buttons = [...html.matchAll(/<button[^>]*>[^<]*<\/button>/g)].map((m) => m[0]);
    expect(buttons).toHaveLength(2);
    expect(buttons[0]).toContain('aria-label="Fewer done: Launch plan"');
    expect(buttons[0]).toContain('disabled=""');
    expect(buttons[0]).toContain('>−<');
    expect(buttons[1]).toContain('aria-label="More done: Launch plan"');
    expect(buttons[1]).not.toContain('disabled');
    expect(buttons[1]).toContain('>+<');
    // Order on screen: −, the control, +.
    expect(html.indexOf('Fewer done')).toBeLessThan(html.indexOf('<input'));
    expect(html.indexOf('<input')).toBeLessThan(html.indexOf('More done'));
  });

  it('suffix: shown after the control and read first in its description, before the hint', () => {
    const html = render({ suffix: 'of 3', hint: 'Count what is finished.' });
    const suffixId = /<span id="([^"]+)" class="field__suffix">of 3<\/span>/.exec(html)?.[1];
    const hintId = /<div id="([^"]+)" class="field__hint">/.exec(html)?.[1];
    expect(suffixId).toBeTruthy();
    expect(attr(html, 'input', 'aria-describedby')).toBe(`${suffixId} ${hintId}`);
  });

  it('without stepper or suffix, the control is not wrapped in a row', () => {
    expect(render({})).not.toContain('field__row');
    expect(render({ suffix: 'of 3' })).toContain('field__row');
  });
});

describe('Field errorRole', () => {
  it('announces the message as an alert when asked, and not otherwise', () => {
    const control = (c: object) => <input {...c} />;
    const alert = renderToStaticMarkup(
      <Field label="Workbook name" error="Give the workbook a name." errorRole="alert">
        {control}
      </Field>,
    );
    expect(alert).toMatch(/<p [^>]*class="field__error" role="alert">Give the workbook a name\./);
    const quiet = renderToStaticMarkup(
      <Field label="Notes" error="Keep it under 4000 characters.">
        {control}
      </Field>,
    );
    expect(quiet).not.toContain('role=');
    expect(attr(quiet, 'input', 'aria-invalid')).toBe('true');
  });

  it('restUntilFocus: the value as text, named like the control it stands for, and no control yet', () => {
    const html = render({
      value: 7,
      restUntilFocus: true,
      labelHidden: true,
      draftKey: { key: 'k:done', section: 'prep' },
    });
    expect(html).not.toContain('<input');
    const rest = /<span[^>]*data-cell-rest[^>]*>([^<]*)<\/span>/.exec(html);
    expect(rest?.[1]).toBe('7');
    expect(attr(html, 'span', 'role')).toBe('textbox');
    expect(attr(html, 'span', 'aria-label')).toBe('Done');
    expect(attr(html, 'span', 'tabindex')).toBe('0');
    // The save indicator and focus requests find it by its draft key, as they find the control.
    expect(attr(html, 'span', 'data-draft-key')).toBe('k:done');
    expect(html).not.toContain('<label');
    // Several lines: said so, and boxed for several lines.
    const multi = render({ value: 7, restUntilFocus: true, multiline: true });
    expect(multi).not.toContain('<textarea');
    expect(attr(multi, 'span', 'aria-multiline')).toBe('true');
    expect(attr(multi, 'span', 'class')).toBe('field__rest field__rest--multiline');
  });

  it('restUntilFocus: only a value that may not fit is clipped, and then shown whole on hover', () => {
    const text = (v: string) =>
      renderToStaticMarkup(
        <DraftField
          label="Name"
          value={v}
          format={(x) => x}
          parse={(t) => ({ ok: true, value: t })}
          onCommit={async () => {}}
          restUntilFocus
        />,
      );
    // 14 code units fit any box at its narrowest (REST_UNCLIPPED_MAX); 15 may not.
    const short = text('Seattle, WA 98');
    expect(attr(short, 'span', 'class')).toBe('field__rest');
    expect(attr(short, 'span', 'title')).toBeNull();
    const long = text('Seattle, WA 981');
    expect(attr(long, 'span', 'class')).toBe('field__rest field__rest--clip');
    expect(attr(long, 'span', 'title')).toBe('Seattle, WA 981');
  });

  it('a one-line control that may not fit its text shows it whole on hover, as the stand-in does', () => {
    const input = (v: string) =>
      renderToStaticMarkup(
        <DraftField
          label="Workbook name"
          value={v}
          format={(x) => x}
          parse={(t) => ({ ok: true, value: t })}
          onCommit={async () => {}}
        />,
      );
    expect(attr(input('Seattle, WA 98'), 'input', 'title')).toBeNull();
    expect(attr(input('Sample: Amazon PMM vs PM (example figures)'), 'input', 'title')).toBe(
      'Sample: Amazon PMM vs PM (example figures)',
    );
  });

  it('the stand-in class: a select’s choice clips past 14 units like text; several lines always box', () => {
    expect(restClassName('PM — Product', 'select')).toBe('field__rest field__rest--select');
    expect(restClassName('PM — Product Manager', 'select')).toBe(
      'field__rest field__rest--select field__rest--clip',
    );
    expect(restClassName('a', 'multiline')).toBe('field__rest field__rest--multiline');
  });

  it('restUntilFocus with refused text held from before: the control, with the text and its message', () => {
    unsavedDrafts.hold({ key: 'k:held', section: 'prep', label: 'Done', text: '12' });
    try {
      const html = render({ restUntilFocus: true, draftKey: { key: 'k:held', section: 'prep' } });
      expect(html).not.toContain('data-cell-rest');
      expect(attr(html, 'input', 'value')).toBe('12');
      expect(html).toContain('Enter a whole number from 0 to 10.');
    } finally {
      unsavedDrafts.release('k:held');
    }
  });
});
