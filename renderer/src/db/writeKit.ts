/**
 * The one way the renderer writes records. `write` runs a feature's change in
 * one Dexie transaction over the tables it names; every row it stores is
 * validated whole against its shared schema (a refusal throws a
 * {@link WriteError} and the transaction rolls back, so nothing is half
 * written), rows that carry `updatedAt` are stamped from the injected clock,
 * and the rows as they were before are kept as an {@link UndoSnapshot} that
 * `restore` (in `restore.ts`, kept apart so the first screen does not load
 * it) can put back. Mutations never read the system clock themselves:
 * they take a time as a parameter or use {@link now}.
 */

import {
  type Assessment,
  AssessmentSchema,
  type InterviewRound,
  InterviewRoundSchema,
  type MockAnswer,
  MockAnswerSchema,
  type Offer,
  OfferSchema,
  type PrepItem,
  PrepItemSchema,
  type Question,
  QuestionSchema,
  type Workbook,
  WorkbookSchema,
} from '@shared/schemas/records';
import type { z } from 'zod';
import type { AppDB } from './AppDB';
import { WriteError } from './writeError';

/** The record type stored in each table. */
export type Rows = {
  workbooks: Workbook;
  offers: Offer;
  assessments: Assessment;
  prepItems: PrepItem;
  rounds: InterviewRound;
  questions: Question;
  mockAnswers: MockAnswer;
};
export type TableName = keyof Rows;

const SCHEMAS: { [N in TableName]: z.ZodType<Rows[N]> } = {
  workbooks: WorkbookSchema,
  offers: OfferSchema,
  assessments: AssessmentSchema,
  prepItems: PrepItemSchema,
  rounds: InterviewRoundSchema,
  questions: QuestionSchema,
  mockAnswers: MockAnswerSchema,
};

/**
 * Every table's schema, which a write validates with (built on first use, see
 * `shared/schemas/lazy.ts`): for building them before the first edit
 * (`app/warmSchemas.ts`).
 */
export const tableSchemas = (): readonly z.ZodType[] => Object.values(SCHEMAS);

/** Which tables' rows carry `updatedAt`; checked against the row types by the compiler. */
const STAMPED: { [N in TableName]: 'updatedAt' extends keyof Rows[N] ? true : false } = {
  workbooks: true,
  offers: false,
  assessments: true,
  prepItems: false,
  rounds: false,
  questions: false,
  mockAnswers: false,
};

// ---------------------------------------------------------------- clock

/** Where the time of a write comes from. */
export type Clock = () => Date;

const systemClock: Clock = () => new Date();
let clock: Clock = systemClock;

/** The current time as the write kit sees it (the injected clock). */
export const now = (): Date => clock();

/** Test seam: makes every write read `next` for the time (null = the system clock again). */
export const setClock = (next: Clock | null): void => {
  clock = next ?? systemClock;
};

// ---------------------------------------------------------------- undo snapshot

type RowChange = {
  readonly table: TableName;
  readonly id: string;
  /** The row before the write; undefined when the write created it. */
  readonly before: unknown;
  /** The row the write left; undefined when the write deleted it. */
  readonly after: unknown;
};

/** The rows a write changed, as they were and as it left them. Empty when nothing changed. */
export type UndoSnapshot = { readonly changes: readonly RowChange[] };

/** What `write` gives back: the body's value and how to undo the write. */
export type Written<T> = { value: T; undo: UndoSnapshot };

/** True when undoing `undo` would change nothing. */
export const isEmptyUndo = (undo: UndoSnapshot): boolean => undo.changes.length === 0;

// ---------------------------------------------------------------- write

/** The operations a write's body may use. Reads through `db` join the same transaction. */
export type WriteTx = {
  /** The time this write stamps (one instant for every row it stores). */
  readonly now: Date;
  get<N extends TableName>(table: N, id: string): Promise<Rows[N] | undefined>;
  /** Validates the whole row (after stamping `updatedAt`) and stores it; returns what was stored. */
  put<N extends TableName>(table: N, row: Rows[N]): Promise<Rows[N]>;
  bulkPut<N extends TableName>(table: N, rows: readonly Rows[N][]): Promise<Rows[N][]>;
  /**
   * Reads row `id`, applies `change` and stores the result as `put` does.
   * Throws a {@link WriteError} saying `missing` when there is no such row.
   */
  update<N extends TableName>(
    table: N,
    id: string,
    change: (row: Rows[N]) => Rows[N],
    missing: string | WriteError,
  ): Promise<Rows[N]>;
  /** Deletes row `id`; returns it as it was (undefined when there was none). */
  delete<N extends TableName>(table: N, id: string): Promise<Rows[N] | undefined>;
};

/**
 * `row` stamped (when its table carries `updatedAt`) with `at` and validated
 * whole against its table's schema. Throws a {@link WriteError} when refused.
 */
export const validateRow = <N extends TableName>(table: N, row: unknown, at: Date): Rows[N] => {
  const stamped =
    STAMPED[table] && row !== null && typeof row === 'object'
      ? { ...row, updatedAt: at.toISOString() }
      : row;
  const parsed = SCHEMAS[table].safeParse(stamped);
  if (!parsed.success) throw WriteError.fromIssues(parsed.error);
  return parsed.data;
};

const keyOf = (table: TableName, id: string) => `${table}\u0000${id}`;

/**
 * Runs `body` in one read-write transaction over `tables` and returns its
 * value with an undo snapshot. Any throw inside `body` (a schema refusal, a
 * missing row, a failed write) rolls back everything it wrote. `options.now`
 * overrides the injected clock for this write (for mutations that take a time).
 */
export const write = async <T>(
  db: AppDB,
  tables: readonly TableName[],
  body: (tx: WriteTx) => Promise<T>,
  options: { now?: Date | undefined } = {},
): Promise<Written<T>> => {
  const at = options.now ?? clock();
  return db.transaction(
    'rw',
    tables.map((t) => db.table(t)),
    async () => {
      const changes = new Map<string, { table: TableName; id: string; before: unknown }>();
      const after = new Map<string, unknown>();
      const remember = async (table: TableName, id: string) => {
        const key = keyOf(table, id);
        if (!changes.has(key))
          changes.set(key, { table, id, before: await db.table(table).get(id) });
        return key;
      };
      const tx: WriteTx = {
        now: at,
        get: (table, id) => db.table(table).get(id),
        put: async (table, row) => {
          const valid = validateRow(table, row, at);
          const key = await remember(table, (valid as { id: string }).id);
          await db.table(table).put(valid);
          after.set(key, valid);
          return valid;
        },
        bulkPut: async (table, rows) => {
          const valid = rows.map((r) => validateRow(table, r, at));
          const keys: string[] = [];
          for (const row of valid) keys.push(await remember(table, (row as { id: string }).id));
          await db.table(table).bulkPut(valid);
          valid.forEach((row, i) => {
            after.set(keys[i] as string, row);
          });
          return valid;
        },
        update: async (table, id, change, missing) => {
          const current = await db.table(table).get(id);
          if (current === undefined)
            throw typeof missing === 'string' ? new WriteError(missing) : missing;
          return tx.put(table, change(current));
        },
        delete: async (table, id) => {
          const key = await remember(table, id);
          const current = await db.table(table).get(id);
          if (current !== undefined) await db.table(table).delete(id);
          after.set(key, undefined);
          return current;
        },
      };
      const value = await body(tx);
      const list: RowChange[] = [];
      for (const [key, c] of changes) {
        const left = after.get(key);
        if (!deepEqual(c.before, left)) list.push({ ...c, after: left });
      }
      return { value, undo: { changes: list } };
    },
  );
};

/** {@link write} for callers that need only the value (no undo offered). */
export const writeValue = async <T>(
  db: AppDB,
  tables: readonly TableName[],
  body: (tx: WriteTx) => Promise<T>,
  options: { now?: Date | undefined } = {},
): Promise<T> => (await write(db, tables, body, options)).value;

/**
 * Checks `row` against its table's schema without writing (for showing a
 * value before its write settles). Throws a {@link WriteError} when refused.
 */
export const checkRow = <N extends TableName>(table: N, row: Rows[N]): Rows[N] =>
  validateRow(table, row, clock());

/** Structural equality of JSON-like values (what the store holds). */
export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
};

/** True for a non-null, non-array object (a record or a map). */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
