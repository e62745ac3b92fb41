/**
 * The one error a refused write throws: a sentence for the user and, when
 * the refusal is about particular fields, a message per field so a form can
 * put each one beside its input. Nothing was written when it is thrown.
 */

import { firstIssueMessage, issueFieldMap } from '@shared/domain/parse';

/** Field → message, keyed by the record's own field names (`form` = the whole record). */
export type FieldMessages = Partial<Record<string, string>>;

export class WriteError extends Error {
  /** Which fields were refused and why; empty when the cause is not a field. */
  readonly fields: FieldMessages;

  /** `message` is a sentence saying what happened and what to do. */
  constructor(message: string, fields: FieldMessages = {}) {
    super(message);
    this.name = 'WriteError';
    this.fields = fields;
  }

  /** A refusal keyed by field; the message is the first field's. */
  static ofFields(fields: FieldMessages, fallback = 'That cannot be saved.'): WriteError {
    const first = Object.values(fields).find((m) => m !== undefined && m !== '');
    return new WriteError(first ?? fallback, fields);
  }

  /** From a schema's refusal (a ZodError or anything with its issues). */
  static fromIssues(error: {
    issues: readonly { message: string; path: readonly PropertyKey[] }[];
  }): WriteError {
    return new WriteError(firstIssueMessage(error, 'That cannot be saved.'), issueFieldMap(error));
  }
}
