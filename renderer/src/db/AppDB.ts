/**
 * The live store: one Dexie database over IndexedDB. Every `version(n)` stays
 * here in order and is never edited once released; a new version adds n+1
 * with an upgrade that calls a pure, tested transform in `upgrades/`.
 * Components never touch this object: they go through feature hooks.
 */

import type {
  Assessment,
  InterviewRound,
  MockAnswer,
  Offer,
  PrepItem,
  Question,
  Workbook,
} from '@shared/schemas/records';
import { workbookV1toV2 } from '@shared/schemas/upgrades';
import { Dexie, type EntityTable } from 'dexie';

export const DB_NAME = 'crossroads';

/** Table → primary key and indexes, per released version. */
export const SCHEMA_V1 = {
  workbooks: 'id',
  offers: 'id, workbookId, position',
  assessments: 'id, workbookId',
  prepItems: 'id, workbookId, position',
  rounds: 'id, workbookId, position',
  questions: 'id, workbookId',
  mockAnswers: 'id, workbookId, questionId',
} as const;

export class AppDB extends Dexie {
  workbooks!: EntityTable<Workbook, 'id'>;
  offers!: EntityTable<Offer, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  prepItems!: EntityTable<PrepItem, 'id'>;
  rounds!: EntityTable<InterviewRound, 'id'>;
  questions!: EntityTable<Question, 'id'>;
  mockAnswers!: EntityTable<MockAnswer, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    // Strict durability: a user's edit is on disk before the transaction reports success.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores(SCHEMA_V1);
    // Version 2: the decision gains its pay scale (no index changes).
    this.version(2)
      .stores(SCHEMA_V1)
      .upgrade((tx) =>
        tx
          .table('workbooks')
          .toCollection()
          .modify((record: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = workbookV1toV2(record);
          }),
      );
    // Another window upgraded the database: step aside instead of blocking it.
    this.on('versionchange', () => {
      this.close();
      return false;
    });
  }

  /** Every table holding workbook records, for whole-workbook transactions. */
  get dataTables() {
    return [
      this.workbooks,
      this.offers,
      this.assessments,
      this.prepItems,
      this.rounds,
      this.questions,
      this.mockAnswers,
    ];
  }
}
