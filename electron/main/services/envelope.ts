/**
 * The workbook file format: encodes a {@link WorkbookData} into the versioned,
 * checksummed envelope and decodes any bytes back into either valid data or a
 * plain-language reason why not. Older schema versions are upgraded here
 * through {@link MIGRATIONS}.
 *
 * Pure apart from hashing: no file access, no clock (the caller passes `now`),
 * no electron.
 *
 * Byte order marks: a UTF-8 BOM at the start is stripped and the file is
 * accepted. Editors on Windows add one when a user opens and re-saves the
 * file; the content is otherwise intact and the checksum covers the payload,
 * not the bytes, so nothing is lost. UTF-16 files are rejected with a message
 * asking for UTF-8.
 */
import { createHash } from 'node:crypto';
import {
  SCHEMA_VERSION,
  WORKBOOK_FORMAT,
  type WorkbookData,
  WorkbookDataSchema,
  type WorkbookEnvelope,
  WorkbookEnvelopeSchema,
} from '@shared/schemas/records';
import { payloadV1toV2 } from '@shared/schemas/upgrades';
import type { z } from 'zod';

/** Largest workbook file read or written: 20 MiB. Checked before parsing. */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

/** A function upgrading a payload from schema version n to n + 1. Must be pure. */
export type Migration = (payload: unknown) => unknown;

/**
 * `MIGRATIONS[n]` turns a version-n payload into a version-(n + 1) payload.
 * The keys must be exactly 1 … SCHEMA_VERSION − 1 (a test checks this).
 * 1 → 2: the decision gains its pay scale, `payPointPct` = 2 (% per point).
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: payloadV1toV2,
};

export type DecodeErrorCode =
  | 'too-large'
  | 'empty'
  | 'utf16'
  | 'nul-bytes'
  | 'not-text'
  | 'not-json'
  | 'not-crossroads'
  | 'future-version'
  | 'bad-envelope'
  | 'checksum'
  | 'migration-failed'
  | 'too-deep'
  | 'invalid';

export type DecodeResult =
  | { ok: true; data: WorkbookData; envelope: WorkbookEnvelope }
  | { ok: false; code: DecodeErrorCode; message: string };

/** Hex SHA-256 of `JSON.stringify(payload)` — the envelope's checksum. */
export function payloadChecksum(payload: unknown): string {
  return createHash('sha256').update(JSON.stringify(payload), 'utf8').digest('hex');
}

/**
 * Wraps `data` in the current envelope and returns the file text (UTF-8, two
 * space indent, trailing newline). `writtenAt` is `now` as an ISO instant.
 * `data` is written as given: validate it first (the store does). Throws a
 * RangeError when `now` is not a date in years 0000–9999, because the file
 * could not be read back.
 */
export function encodeWorkbook(
  data: WorkbookData,
  { appVersion, now }: { appVersion: string; now: Date },
): string {
  const year = now.getUTCFullYear();
  if (Number.isNaN(now.getTime()) || year < 0 || year > 9999) {
    throw new RangeError(
      `The clock reads ${String(now)}; a workbook needs a date in years 0–9999.`,
    );
  }
  const envelope: WorkbookEnvelope = {
    format: WORKBOOK_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    appVersion,
    writtenAt: now.toISOString(),
    sha256: payloadChecksum(data),
    payload: data,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

const fail = (code: DecodeErrorCode, message: string): DecodeResult => ({
  ok: false,
  code,
  message,
});

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const mib = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** The message for a file over {@link MAX_WORKBOOK_BYTES}; shared with callers that stat first. */
export function tooLargeMessage(bytes: number): string {
  return `This file is ${mib(bytes)} MB; a Crossroads workbook is at most ${mib(MAX_WORKBOOK_BYTES)} MB, so it was not opened.`;
}

/** Tells a person what to do with a file that is not a workbook at all. */
export const NOT_A_WORKBOOK =
  'This isn’t a Crossroads workbook. Choose a file saved from Crossroads — its name ends in .crossroads.json.';

/**
 * Turns file bytes (or text) into workbook data, or a reason it cannot be
 * used, in the order a person would want to hear it: size (checked before
 * anything is parsed), empty, encoding, NUL bytes, JSON, format, version,
 * checksum, then the records themselves. Never throws: a payload nested so
 * deeply that hashing or validating it overflows the stack is reported as
 * `too-deep`.
 */
export function decodeWorkbook(input: string | Uint8Array): DecodeResult {
  try {
    return decodeUnchecked(input);
  } catch (error) {
    if (error instanceof RangeError) {
      return fail(
        'too-deep',
        'This file’s contents are nested far deeper than any Crossroads workbook, so it was not opened. Choose a file saved from Crossroads.',
      );
    }
    return fail(
      'invalid',
      'This file could not be checked as a Crossroads workbook, so it was not opened. Choose a file saved from Crossroads.',
    );
  }
}

/** What each envelope field is, in words, for a damaged-header message. */
const HEADER_FIELDS: Record<string, string> = {
  format: 'the Crossroads format marker',
  schemaVersion: 'its file format number',
  appVersion: 'the Crossroads version it was saved with',
  writtenAt: 'the date it was saved',
  sha256: 'its checksum',
  payload: 'its contents',
};

/** A piece of untrusted text fit to quote: at most `max` characters, then an ellipsis. */
export const excerpt = (text: string, max = 40): string =>
  text.length > max ? `${text.slice(0, max)}…` : text;

function decodeUnchecked(input: string | Uint8Array): DecodeResult {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (bytes > MAX_WORKBOOK_BYTES) return fail('too-large', tooLargeMessage(bytes));

  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
      return fail(
        'utf16',
        'This file was saved as UTF-16 text. Crossroads reads UTF-8; re-save it as UTF-8 and try again.',
      );
    }
    if (input.includes(0)) return nulBytes();
    try {
      text = utf8.decode(input);
    } catch {
      return fail(
        'not-text',
        'This file is not a Crossroads workbook: it is not text (it may be an image, an archive or a damaged file).',
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return fail(
      'empty',
      'The file is empty. It may have been cut short by a crash or a full disk.',
    );
  }
  if (text.includes('\u0000')) return nulBytes();

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail(
      'not-json',
      'This isn’t a Crossroads workbook, or it was damaged or cut short. Choose a file saved from Crossroads — its name ends in .crossroads.json.',
    );
  }
  if (!isObject(parsed) || parsed.format !== WORKBOOK_FORMAT) {
    return fail('not-crossroads', NOT_A_WORKBOOK);
  }

  const version = parsed.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    const by =
      typeof parsed.appVersion === 'string'
        ? ` (Crossroads ${excerpt(parsed.appVersion, 20)})`
        : '';
    return fail(
      'future-version',
      `This workbook was made by a newer version of Crossroads${by}. It uses file format ${version}; this version reads up to format ${SCHEMA_VERSION}. Update Crossroads to open it.`,
    );
  }

  const envelope = WorkbookEnvelopeSchema.safeParse(parsed);
  if (!envelope.success) {
    const key = envelope.error.issues[0]?.path[0];
    const what = (typeof key === 'string' && HEADER_FIELDS[key]) || 'its header';
    return fail(
      'bad-envelope',
      `This Crossroads file is damaged: ${what} is missing or not valid, so it was not opened. Choose another copy, such as a backup (File › Backups…).`,
    );
  }

  if (payloadChecksum(envelope.data.payload) !== envelope.data.sha256) {
    return fail(
      'checksum',
      'This workbook’s contents do not match its checksum, so it was changed outside Crossroads or damaged. It was not opened.',
    );
  }

  const migrated = migratePayload(envelope.data.payload, envelope.data.schemaVersion);
  if (!migrated.ok) return migrated;

  const data = WorkbookDataSchema.safeParse(migrated.payload);
  if (!data.success) {
    return fail('invalid', describeFirstIssue(data.error, migrated.payload));
  }
  return { ok: true, data: data.data, envelope: envelope.data };
}

const nulBytes = () =>
  fail(
    'nul-bytes',
    'The file contains NUL (zero) bytes, which is how a crash or power cut during a write often shows. It was not opened.',
  );

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Applies `table[from]`, `table[from + 1]`, … until the payload is at
 * `target`. Each step is a pure function; a missing step or one that throws
 * is reported, not thrown.
 */
export function migratePayload(
  payload: unknown,
  from: number,
  table: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): { ok: true; payload: unknown } | { ok: false; code: 'migration-failed'; message: string } {
  let current = payload;
  for (let version = from; version < target; version++) {
    const step = table[version];
    if (!step) {
      return {
        ok: false,
        code: 'migration-failed',
        message: `This workbook uses file format ${from}, and this version of Crossroads has no way to upgrade format ${version}.`,
      };
    }
    try {
      current = step(current);
    } catch {
      return {
        ok: false,
        code: 'migration-failed',
        message: `This workbook uses the older file format ${from} and could not be upgraded (the step from format ${version} failed). The file was left as it was.`,
      };
    }
  }
  return { ok: true, payload: current };
}

// ---------------------------------------------------------------- messages

const COLLECTIONS: Record<string, string> = {
  workbook: 'The workbook',
  offers: 'Offer',
  assessments: 'Role-fit answers',
  prepItems: 'Prep item',
  rounds: 'Interview round',
  questions: 'Question',
  mockAnswers: 'Mock answer',
};

const FIELD_WORDS: Record<string, string> = {
  signOnYear1: 'sign-on year 1',
  signOnYear2: 'sign-on year 2',
  signOnPaidMonthly: 'sign-on paid monthly',
  bonusTargetPct: 'bonus target %',
  rsuGrantValue: 'RSU grant value',
  stockGrowthPct: 'stock growth %',
  raisePct: 'raise %',
  yearPct: 'yearly vesting percents',
  fxRates: 'exchange rates',
  baselineOfferId: 'baseline offer',
  chosenOfferId: 'chosen offer',
  durationSec: 'duration',
  launchPlan: 'launch plan',
};

/** `baseSalary` → `base salary`. */
export function fieldWords(key: string): string {
  return (
    FIELD_WORDS[key] ??
    key
      .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .toLowerCase()
  );
}

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown => {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
};

const describeValue = (value: unknown): string => {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text “${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return value ? 'yes (true)' : 'no (false)';
    case 'object':
      return 'a group of fields';
    default:
      return String(value);
  }
};

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true/false)',
  array: 'a list',
  object: 'a group of fields',
  null: 'empty (null)',
};

/**
 * A zod issue other than a wrong type, in words. The schemas' own messages
 * are sentences already ("Weights are 0–10."); zod's built-in ones ("Too
 * small: expected number to be >=1", "Invalid string: must match pattern …")
 * are not, so those are rephrased from the issue's fields.
 */
function problemInWords(issue: z.core.$ZodIssue): string {
  const own = !/^(Too small|Too big|Invalid|Unrecognized|Expected)/.test(issue.message);
  if (own) return excerpt(issue.message, 120).replace(/\.$/, '');
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `is too short (it needs at least ${String(issue.minimum)})`
        : `is too small (the least allowed is ${String(issue.minimum)})`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `is too long (at most ${String(issue.maximum)} allowed)`
        : `is too large (the most allowed is ${String(issue.maximum)})`;
    case 'invalid_format':
      return 'is not written the way Crossroads writes it';
    case 'invalid_value':
      return 'is not one of the allowed choices';
    case 'unrecognized_keys':
      return 'has fields Crossroads does not know';
    default:
      return 'is not valid';
  }
}

/**
 * Names the first problem in plain words, e.g. “Offer 2 (“Amazon PM”),
 * base salary: should be a number, but it is the text “150000”.”
 */
export function describeFirstIssue(error: z.ZodError, payload: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'This workbook’s contents are not valid.';
  const path = issue.path;
  const [collection, index, ...rest] = path;
  let where: string;
  let fieldPath: PropertyKey[];
  if (typeof collection === 'string' && collection !== 'workbook' && typeof index === 'number') {
    const record = valueAt(payload, [collection, index]);
    const label = isObject(record)
      ? [record.name, record.title, record.text].find((v) => typeof v === 'string' && v !== '')
      : undefined;
    where = `${COLLECTIONS[collection] ?? fieldWords(excerpt(collection, 40))} ${index + 1}${
      typeof label === 'string' ? ` (“${label.slice(0, 40)}”)` : ''
    }`;
    fieldPath = rest;
  } else if (typeof collection === 'string' && collection in COLLECTIONS) {
    where = COLLECTIONS[collection] ?? collection;
    fieldPath = index === undefined ? [] : [index, ...rest];
  } else {
    where = 'The workbook';
    fieldPath = [...path];
  }
  const field = excerpt(
    fieldPath
      .filter((key): key is string => typeof key === 'string')
      .map((key) => fieldWords(excerpt(key, 40)))
      .join(' › '),
    80,
  );
  const value = valueAt(payload, path);
  let problem: string;
  if (issue.code === 'invalid_type' && value === undefined) {
    problem = 'is missing';
  } else if (issue.code === 'invalid_type') {
    const expected = EXPECTED_WORDS[String(issue.expected)] ?? String(issue.expected);
    problem = `should be ${expected}, but it is ${describeValue(value)}`;
  } else {
    problem = problemInWords(issue);
  }
  return `This workbook has a bad value. ${where}${field ? `, ${field}` : ''}: ${problem}.`;
}
