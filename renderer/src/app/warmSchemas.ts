/**
 * Builds the schemas the first edit validates with, in idle moments after the
 * first screen is up. Schemas are built on first use (`shared/schemas/lazy.ts`)
 * so that a start constructs none; without this, the first keystroke after a
 * start would pay for building the record schemas its field parser and its
 * write check run through (the offer's, the workbook's, the role-fit
 * answers' and the other tables'; every field parser reads a part of one of
 * them). This is the one place that warms them; it must not delay the app-ready
 * signal, so it waits for it.
 */
import { tableSchemas } from '@renderer/db/writeKit';
import { afterAppReady } from '@renderer/lib/appReady';
import { type Idle, whenIdle } from '@renderer/lib/idle';
import { buildSchemas } from '@shared/schemas/lazy';

/** The longest a schema waits for an idle moment before it is built anyway, ms. */
export const WARM_TIMEOUT_MS = 2_000;

/** Builds that leave less idle time than this wait for the next idle moment, ms. */
const MIN_IDLE_MS = 4;

/**
 * After the app-ready signal, builds each table's schema (and its parts) in
 * idle callbacks, one or more per callback while idle time is left, each at
 * most {@link WARM_TIMEOUT_MS} late. `idle` is `lib/idle.ts`'s `whenIdle` (a
 * test seam).
 */
export const warmEditSchemas = (idle: Idle = whenIdle): void => {
  afterAppReady(() => {
    const pending = [...tableSchemas()];
    const step = (deadline: IdleDeadline) => {
      do {
        const next = pending.shift();
        if (next !== undefined) buildSchemas([next]);
      } while (pending.length > 0 && deadline.timeRemaining() > MIN_IDLE_MS);
      if (pending.length > 0) idle(step, { timeout: WARM_TIMEOUT_MS });
    };
    idle(step, { timeout: WARM_TIMEOUT_MS });
  });
};
