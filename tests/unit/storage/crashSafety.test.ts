/**
 * Crash safety of the real atomicWrite: a child process rewrites
 * workbook.json in a loop, alternating an old and a new workbook, and is
 * killed with SIGKILL at random moments. After every kill the file must be
 * exactly the old or the new content and decode as a workbook.
 *
 * Node 20 cannot run TypeScript directly (no --experimental-strip-types), so
 * the test compiles electron/main/services/atomicWrite.ts on its own with
 * TypeScript's transpileModule into a temp .mjs that the plain-JS child
 * imports. That module imports only node:* built-ins, which keeps this
 * possible; the test fails loudly if that ever changes.
 *
 * What this proves: a process crash at any point leaves the old or the new
 * file. It cannot prove power-loss durability (the page cache survives
 * SIGKILL); the fsyncs are there for that.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atomicWrite, isTempFile } from '../../../electron/main/services/atomicWrite';
import { decodeWorkbook, encodeWorkbook } from '../../../electron/main/services/envelope';
import {
  createWorkbookStore,
  STALE_TEMP_AGE_MS,
} from '../../../electron/main/services/workbookStore';
import { makeWorkbook, removeDir, tempDir } from './fixtures';

const KILLS = Number(process.env.KILLS ?? 200);
const LANES = 2;
const MAX_DELAY_MS = 20;

const source = fileURLToPath(
  new URL('../../../electron/main/services/atomicWrite.ts', import.meta.url),
);
const child = fileURLToPath(new URL('./crashChild.mjs', import.meta.url));

let work: string;
let compiled: string;
let oldText: string;
let newText: string;

beforeAll(async () => {
  work = await tempDir('crossroads-crash-');
  const { outputText } = ts.transpileModule(await readFile(source, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const imports = [...outputText.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
  expect(imports.every((spec) => spec?.startsWith('node:'))).toBe(true);
  compiled = join(work, 'atomicWrite.mjs');
  await writeFile(compiled, outputText);

  const now = new Date('2026-11-26T10:00:00.000Z');
  oldText = encodeWorkbook(makeWorkbook({ offers: 2 }, 'Old state'), { appVersion: '0.1.0', now });
  const big = makeWorkbook({ offers: 4, prepItems: 20, mockAnswers: 25 }, 'New state');
  // 22 characters × 150 = 3,300, under the 4,000-character limit of a mock answer part.
  for (const answer of big.mockAnswers)
    answer.parts.positioning = 'Why this launch wins. '.repeat(150);
  newText = encodeWorkbook(big, { appVersion: '0.1.0', now });
  // Both contents must be valid workbooks, or "survived" would mean nothing.
  expect(decodeWorkbook(oldText).ok && decodeWorkbook(newText).ok).toBe(true);
});
afterAll(() => removeDir(work));

const waitFor = (proc: ChildProcess, event: 'message' | 'exit') =>
  new Promise<void>((done, fail) => {
    proc.once(event, () => done());
    if (event === 'message')
      proc.once('exit', (code) => fail(new Error(`child exited early (${code})`)));
  });

type Tally = {
  kills: number;
  survived: number;
  lost: number;
  sawOld: number;
  sawNew: number;
  tempsLeft: number;
};

async function lane(index: number, kills: number, tally: Tally) {
  const dir = join(work, `lane-${index}`);
  await mkdir(dir);
  const target = join(dir, 'workbook.json');
  await atomicWrite(target, oldText);
  const spawn = () => {
    const proc = fork(
      child,
      [pathToFileURL(compiled).href, target, join(work, 'old.json'), join(work, 'new.json')],
      { execArgv: [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
    );
    return { proc, ready: waitFor(proc, 'message') };
  };
  let next = spawn();
  for (let i = 0; i < kills; i++) {
    const { proc, ready } = next;
    await ready;
    proc.send('go');
    // Boot the next child now, so its start-up overlaps this one's run.
    if (i + 1 < kills) next = spawn();
    await new Promise((done) => setTimeout(done, Math.random() * MAX_DELAY_MS));
    const exited = waitFor(proc, 'exit');
    proc.kill('SIGKILL');
    await exited;
    tally.kills++;
    const text = await readFile(target, 'utf8');
    if ((text === oldText || text === newText) && decodeWorkbook(text).ok) {
      tally.survived++;
      if (text === oldText) tally.sawOld++;
      else tally.sawNew++;
    } else {
      tally.lost++;
    }
  }
  tally.tempsLeft += (await readdir(dir)).filter(isTempFile).length;
  return dir;
}

describe('atomicWrite under SIGKILL', () => {
  it(`leaves the old or the new file after each of ${KILLS} kills`, async () => {
    await writeFile(join(work, 'old.json'), oldText);
    await writeFile(join(work, 'new.json'), newText);
    const tally: Tally = { kills: 0, survived: 0, lost: 0, sawOld: 0, sawNew: 0, tempsLeft: 0 };
    const started = Date.now();
    const dirs = await Promise.all(
      Array.from({ length: LANES }, (_, i) => lane(i, KILLS / LANES, tally)),
    );
    console.log(
      `crash safety: ${tally.kills} kills, ${tally.kills} files checked, ${tally.survived} survived ` +
        `(${tally.sawOld} old, ${tally.sawNew} new), ${tally.lost} lost; ` +
        `${tally.tempsLeft} temp files left mid-write; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(tally.kills).toBe(KILLS);
    expect(tally.lost).toBe(0);
    expect(tally.survived).toBe(KILLS);
    // Both contents were seen, and some kills landed mid-write (a temp file was left):
    // the kills really hit the loop, not just an idle child.
    expect(tally.sawOld).toBeGreaterThan(0);
    expect(tally.sawNew).toBeGreaterThan(0);
    expect(tally.tempsLeft).toBeGreaterThan(0);

    // The store's next start clears what the crashes left and loads the file.
    for (const dir of dirs) {
      const store = createWorkbookStore({
        dataDir: dir,
        appVersion: '0.1.0',
        now: () => new Date(),
        // The next start comes later than the safe age, so nothing left is in flight.
        wallClock: () => Date.now() + STALE_TEMP_AGE_MS + 1,
      });
      const loaded = await store.load();
      expect(loaded.kind).toBe('ok');
      expect((await readdir(dir)).filter(isTempFile)).toEqual([]);
    }
    // Usually 15–25 s on 2 idle cores; the margin is for a busy machine.
  }, 120_000);
});
