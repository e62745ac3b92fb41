/**
 * Hand-built workbook snapshots and temp-folder helpers for the storage
 * tests. Deterministic ids, so tests can reason about which records a
 * snapshot keeps or drops.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Offer, PrepItem, WorkbookData } from '@shared/schemas/records';

const WORKBOOK_ID = 'wb-1';

const offer = (n: number): Offer => ({
  id: `offer-${n}`,
  workbookId: WORKBOOK_ID,
  position: n,
  name: n % 2 === 1 ? `Amazon PMM L5 #${n}` : `Amazon PM L5 #${n}`,
  company: 'Amazon',
  roleId: n % 2 === 1 ? 'pmm' : 'pm',
  level: 'L5',
  location: 'Seattle, WA',
  currency: 'USD',
  // $136,000 and $142,000 base, in cents.
  baseSalary: n % 2 === 1 ? 13_600_000 : 14_200_000,
  signOnYear1: 3_000_000,
  signOnYear2: 2_000_000,
  signOnPaidMonthly: true,
  bonusTargetPct: 0,
  rsuGrantValue: 12_000_000,
  vesting: { preset: 'amazon', yearPct: [5, 15, 40, 40] },
  stockGrowthPct: 0,
  raisePct: 0,
  clawback: 'prorated',
  equityIlliquid: false,
  deadline: '2026-12-31',
  scopeNotes: '',
  sources: { baseSalary: 'offer-letter' },
  isExample: false,
});

const prepItem = (n: number): PrepItem => ({
  id: `prep-${n}`,
  workbookId: WORKBOOK_ID,
  templateItemId: null,
  roleId: 'both',
  position: n,
  title: `Prep item ${n}`,
  target: 3,
  done: 1,
  notes: '',
  link: '',
  history: [],
});

export type Counts = {
  offers?: number;
  prepItems?: number;
  rounds?: number;
  questions?: number;
  mockAnswers?: number;
  ratings?: number;
};

/** A valid snapshot named `name` with the given number of records of each kind (ids 1…n). */
export function makeWorkbook(counts: Counts = {}, name = 'PMM or PM'): WorkbookData {
  const range = (n = 0) => Array.from({ length: n }, (_, i) => i + 1);
  return {
    workbook: {
      id: WORKBOOK_ID,
      name,
      templateId: 'amazon-pmm-vs-pm',
      templateVersion: 1,
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z',
      baselineOfferId: null,
      fxRates: {},
      decision: { notes: '', chosenOfferId: null, factors: [], scores: {}, payPointPct: 2 },
      paperSize: 'auto',
    },
    offers: range(counts.offers).map(offer),
    assessments:
      counts.ratings === undefined
        ? []
        : [
            {
              id: 'assessment-1',
              workbookId: WORKBOOK_ID,
              ratings: Object.fromEntries(range(counts.ratings).map((n) => [`artifact-${n}`, 4])),
              stories: {},
              backgroundIds: [],
              weeklyFilter: null,
              updatedAt: '2026-11-01T09:00:00.000Z',
            },
          ],
    prepItems: range(counts.prepItems).map(prepItem),
    rounds: range(counts.rounds).map((n) => ({
      id: `round-${n}`,
      workbookId: WORKBOOK_ID,
      templateRoundId: null,
      roleId: 'pmm',
      position: n,
      name: `Round ${n}`,
      scheduledAt: null,
      timeZone: 'America/Los_Angeles',
      status: 'not-scheduled' as const,
      interviewer: '',
      notes: '',
      confidence: null,
    })),
    questions: range(counts.questions).map((n) => ({
      id: `question-${n}`,
      workbookId: WORKBOOK_ID,
      roleId: 'pmm',
      templateQuestionId: null,
      text: `Question ${n}`,
      createdAt: '2026-11-01T09:00:00.000Z',
    })),
    mockAnswers: range(counts.mockAnswers).map((n) => ({
      id: `mock-${n}`,
      workbookId: WORKBOOK_ID,
      questionId: 'question-1',
      createdAt: '2026-11-01T09:00:00.000Z',
      parts: {
        audience: '',
        problem: '',
        positioning: '',
        launchPlan: '',
        enablement: '',
        metrics: '',
      },
      durationSec: null,
      selfScore: null,
    })),
  };
}

/** A fresh folder under the OS temp folder. */
export function tempDir(prefix = 'crossroads-storage-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function removeDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** Every file under `dir` (relative path) → SHA-256 of its bytes, sorted by path. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (at: string) => {
    for (const name of (await readdir(at)).sort()) {
      const path = join(at, name);
      if ((await stat(path)).isDirectory()) await walk(path);
      else
        out[relative(dir, path)] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
    }
  };
  await walk(dir);
  return out;
}

/** A clock the test moves by hand. */
export function manualClock(start: string) {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (iso: string) => {
      current = new Date(iso);
    },
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
  };
}
