/**
 * Spreadsheet keys for the offers grid, by event delegation on the table:
 * a focused cell starts in "move" mode, where the arrows go to the next cell
 * that holds a control; Enter or F2 (or typing) starts editing, where keys go
 * to the control; Escape cancels the edit (the field puts its value back) and
 * Enter ends it and moves down; Tab moves on as usual. Cells are `td`/`th`
 * elements with `data-row` and `data-col`. A cell at rest shows its value as
 * text (`data-cell-rest`, see DraftField's `restUntilFocus`); focusing it
 * creates the control, which takes focus at once, so the mode is decided when
 * the control gets it. Owns no data and no React state.
 */
import type { FocusEvent, KeyboardEvent } from 'react';

const CONTROL = 'input, select, textarea, button, [data-cell-rest]';

const isRest = (el: EventTarget) => el instanceof HTMLElement && el.hasAttribute('data-cell-rest');

type Mode = { editing: boolean; pointer: boolean };

const cellOf = (el: Element | null): HTMLElement | null =>
  el?.closest<HTMLElement>('[data-row][data-col]') ?? null;

const coords = (cell: HTMLElement) => ({
  row: Number(cell.dataset.row),
  col: Number(cell.dataset.col),
});

/** The first control at (row, col) or further in the direction (dr, dc); null past the edge. */
const findControl = (
  table: HTMLElement,
  from: { row: number; col: number },
  dr: number,
  dc: number,
): HTMLElement | null => {
  const cells = [...table.querySelectorAll<HTMLElement>('[data-row][data-col]')];
  const byKey = new Map(cells.map((c) => [`${c.dataset.row}:${c.dataset.col}`, c]));
  const rows = cells.map((c) => Number(c.dataset.row));
  const cols = cells.map((c) => Number(c.dataset.col));
  const [minRow, maxRow] = [Math.min(...rows), Math.max(...rows)];
  const [minCol, maxCol] = [Math.min(...cols), Math.max(...cols)];
  let { row, col } = from;
  for (;;) {
    row += dr;
    col += dc;
    if (row < minRow || row > maxRow || col < minCol || col > maxCol) return null;
    const control = byKey.get(`${row}:${col}`)?.querySelector<HTMLElement>(CONTROL);
    if (control) return control;
  }
};

const selectAll = (el: HTMLElement) => {
  if (el instanceof HTMLInputElement && el.type === 'text') el.select();
  else if (el instanceof HTMLTextAreaElement) el.select();
};

const caretToEnd = (el: HTMLElement) => {
  if ((el instanceof HTMLInputElement && el.type === 'text') || el instanceof HTMLTextAreaElement) {
    el.setSelectionRange(el.value.length, el.value.length);
  }
};

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Handlers to spread on the grid's table. `mode` is a mutable ref object the
 * caller keeps (one per grid).
 */
export const gridKeyHandlers = (mode: Mode) => ({
  onPointerDown: () => {
    mode.pointer = true;
  },
  onFocus: (e: FocusEvent<HTMLElement>) => {
    // A cell at rest hands focus to the control it creates; that focus decides the mode.
    if (!cellOf(e.target) || isRest(e.target)) return;
    // A click means "edit here" (the field puts the caret where the click was); arriving by
    // keyboard means "on this cell, not yet editing".
    mode.editing = mode.pointer;
    mode.pointer = false;
    if (!mode.editing) selectAll(e.target);
  },
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    const cell = cellOf(target);
    if (!cell || e.altKey || e.ctrlKey || e.metaKey) return;
    const isText =
      (target instanceof HTMLInputElement && (target.type === 'text' || target.type === 'date')) ||
      target instanceof HTMLTextAreaElement;
    if (mode.editing) {
      if (e.key === 'Escape') {
        mode.editing = false;
        // The field reverts on its own Escape handler; keep the cell selected for the next move.
        queueMicrotask(() => selectAll(target));
      } else if (e.key === 'Enter' && !(target instanceof HTMLTextAreaElement) && isText) {
        e.preventDefault();
        mode.editing = false;
        const below = findControl(e.currentTarget, coords(cell), 1, 0);
        below?.focus();
      }
      return;
    }
    const move = MOVES[e.key];
    if (move) {
      e.preventDefault();
      findControl(e.currentTarget, coords(cell), move[0], move[1])?.focus();
      return;
    }
    if ((e.key === 'Enter' || e.key === 'F2') && isText) {
      e.preventDefault();
      mode.editing = true;
      caretToEnd(target);
      return;
    }
    if (e.key === 'F2') {
      mode.editing = true;
      return;
    }
    // Typing a character starts an edit that replaces the cell, as in a spreadsheet.
    if (e.key.length === 1 && isText) mode.editing = true;
  },
});
