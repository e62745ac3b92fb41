/**
 * Keeps the durable copy in step with the live store. After every change
 * (debounced) the whole workbook is read in one transaction and handed to
 * main, which validates it and writes workbook.json atomically. `flush()`
 * saves immediately (on quit and before anything that replaces the
 * workbook). The save state drives the quiet "Saved" indicator.
 */

import { api, messageOf, unwrap } from '@renderer/lib/api';
import type { ChannelResponse, SaveResponse } from '@shared/ipc/contract';
import type { WorkbookData } from '@shared/schemas/records';
import { liveQuery, type Subscription } from 'dexie';
import type { AppDB } from './AppDB';
import { readSnapshot } from './snapshot';
import type { WritesInFlight } from './writesInFlight';

export type SaveState =
  | { status: 'idle' }
  | { status: 'pending' | 'saving'; savedAt: string | null }
  | {
      status: 'saved';
      savedAt: string;
      /** The file was saved but something after it (a backup copy) was not made, in words. */
      warning?: string;
    }
  | { status: 'failed'; savedAt: string | null; message: string }
  /**
   * The app's database was closed under the running app (its data cleared,
   * another window deleting it). Nothing more can be kept until a reload,
   * which brings the workbook back from the data folder. Final: no later
   * state replaces it, so the header never says "Saved" over lost edits.
   */
  | { status: 'closed'; savedAt: string | null }
  /** A save main held back for confirmation: its `needs-confirmation` answer, as the state. */
  | ({ status: 'needs-confirmation'; savedAt: string | null } & Omit<
      Extract<SaveResponse, { kind: 'needs-confirmation' }>,
      'kind'
    >);

/** Changes are written this long after the last edit (well inside two seconds). */
export const SAVE_DELAY_MS = 700;

type Listener = (state: SaveState) => void;

export class Autosaver {
  private state: SaveState = { status: 'idle' };
  private readonly listeners = new Set<Listener>();
  private subscription: Subscription | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private latest: WorkbookData | null = null;
  private lastSavedJson: string | null = null;
  private inFlight: Promise<void> | null = null;
  /** `writes.completed()` as it was just before the newest snapshot was read. */
  private seenWrites = 0;

  /**
   * `writes`, when given, counts `db`'s write transactions: `flush()` waits
   * for the ones already started, so a keystroke's edit is in the snapshot.
   */
  constructor(
    private readonly db: AppDB,
    private readonly writes: WritesInFlight | null = null,
  ) {}

  /** Dexie fires `close` whenever the connection closes; while running, that is never ours. */
  private readonly onClosed = () => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.set({ status: 'closed', savedAt: this.savedAt() });
  };

  /** Starts watching the live store. `baseline` is what is already on disk, if known. */
  start(baseline: WorkbookData | null = null): void {
    if (this.subscription) return;
    this.db.on('close', this.onClosed);
    this.lastSavedJson = baseline ? JSON.stringify(baseline) : null;
    this.seenWrites = this.writes?.completed() ?? 0;
    this.subscription = liveQuery(() => {
      // Counted before the read: every write complete by now is in what it returns.
      const seen = this.writes?.completed() ?? 0;
      return readSnapshot(this.db).then((snapshot) => ({ snapshot, seen }));
    }).subscribe({
      next: ({ snapshot, seen }) => {
        this.seenWrites = Math.max(this.seenWrites, seen);
        if (!snapshot) return;
        this.latest = snapshot;
        if (JSON.stringify(snapshot) === this.lastSavedJson) return;
        this.set({ status: 'pending', savedAt: this.savedAt() });
        this.schedule();
      },
      error: (err: unknown) =>
        this.set({ status: 'failed', savedAt: this.savedAt(), message: messageOf(err) }),
    });
  }

  stop(): void {
    this.db.on('close').unsubscribe(this.onClosed);
    this.subscription?.unsubscribe();
    this.subscription = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * Saves now if anything is unsaved; resolves when the write has finished.
   * Edits whose IndexedDB write had started when it was called are included.
   */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // A closed database has nothing newer than the file; reading it would only throw.
    if (this.state.status === 'closed') return;
    await this.writes?.settled();
    if (this.inFlight) await this.inFlight;
    const seen = this.writes?.completed() ?? 0;
    const snapshot = await readSnapshot(this.db);
    this.seenWrites = Math.max(this.seenWrites, seen);
    if (snapshot) this.latest = snapshot;
    await this.save();
  }

  /**
   * True while watching and a write to the live store has completed that no
   * snapshot read yet includes: the live query has not caught up, so the
   * state cannot say "pending" yet, but the change is not on its way to disk.
   */
  hasUnseenWrites(): boolean {
    if (!this.subscription || !this.writes) return false;
    return this.writes.completed() > this.seenWrites;
  }

  /** The user agreed to write a snapshot that removes many records. */
  async confirmPending(pendingFile: string): Promise<void> {
    await this.record(() => unwrap(api().workbook.confirmPending({ pendingFile })));
  }

  /** Forget that the durable copy matched: the next change is written in full. */
  markDirty(): void {
    this.lastSavedJson = null;
  }

  getState = (): SaveState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private savedAt(): string | null {
    return 'savedAt' in this.state ? this.state.savedAt : null;
  }

  private set(state: SaveState) {
    if (this.state.status === 'closed') return;
    this.state = state;
    for (const l of this.listeners) l(state);
  }

  private schedule() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.save();
    }, SAVE_DELAY_MS);
  }

  private async save(): Promise<void> {
    if (this.inFlight) {
      await this.inFlight;
    }
    const snapshot = this.latest;
    if (!snapshot) return;
    const json = JSON.stringify(snapshot);
    if (json === this.lastSavedJson) return;
    this.inFlight = this.record(() => unwrap(api().workbook.save(snapshot)), json);
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  private async record(
    call: () => Promise<ChannelResponse<'workbook:save'>>,
    json?: string,
  ): Promise<void> {
    this.set({ status: 'saving', savedAt: this.savedAt() });
    try {
      const result = await call();
      if (result.kind === 'saved') {
        if (json !== undefined) this.lastSavedJson = json;
        else if (this.latest) this.lastSavedJson = JSON.stringify(this.latest);
        this.set({
          status: 'saved',
          savedAt: result.savedAt,
          ...(result.warning ? { warning: result.warning } : {}),
        });
      } else {
        this.set({ status: 'needs-confirmation', savedAt: this.savedAt(), ...result });
      }
    } catch (err) {
      this.set({ status: 'failed', savedAt: this.savedAt(), message: messageOf(err) });
    }
  }
}
