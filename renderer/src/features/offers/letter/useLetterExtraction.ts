/**
 * Runs the extractor on the letter text as it changes, in a Web Worker (see
 * `letterWorker.ts`), and returns the latest result for the latest text.
 * Answers for text that has since changed are dropped. The extractor lives
 * only in the worker's bundle (a copy in the page would ship it twice); if the
 * worker cannot start, the dialog says so instead of reading on the page's
 * thread, where a long letter would freeze it.
 *
 * The worker starts when the dialog first opens (`active`), not when the
 * always-mounted dialog mounts: starting a worker cost the page's main
 * thread 2.5–20 ms in profiled starts here (bench/README.md, session 10) and
 * takes a thread of its own, which a start of the app should not pay for a
 * dialog that may never open. It then stays until the dialog unmounts, and the
 * 150 ms settle below covers its start.
 */
import type { LetterExtraction } from '@shared/domain/offerLetter/extract';
import { useEffect, useRef, useState } from 'react';

export type ExtractionState =
  | { status: 'empty' }
  | { status: 'reading' }
  | { status: 'failed'; message: string }
  | { status: 'done'; result: LetterExtraction; ms: number };

type Answer = { id: number; result: LetterExtraction; ms: number };

/** Milliseconds of quiet typing before the letter is read again. */
const SETTLE_MS = 150;

export const useLetterExtraction = (text: string, active: boolean): ExtractionState => {
  const [state, setState] = useState<ExtractionState>({ status: 'empty' });
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (!active || worker.current) return;
    try {
      const w = new Worker(new URL('./letterWorker.ts', import.meta.url), { type: 'module' });
      w.addEventListener('message', (event: MessageEvent<Answer>) => {
        if (event.data.id !== latest.current) return;
        setState({ status: 'done', result: event.data.result, ms: event.data.ms });
      });
      worker.current = w;
    } catch {
      worker.current = null;
    }
  }, [active]);
  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  useEffect(() => {
    const id = latest.current + 1;
    latest.current = id;
    if (text.trim() === '') {
      setState({ status: 'empty' });
      return;
    }
    setState({ status: 'reading' });
    const timer = setTimeout(() => {
      if (worker.current) {
        worker.current.postMessage({ id, text });
        return;
      }
      setState({
        status: 'failed',
        message:
          'The letter reader could not start, so nothing was read. Close this dialog and try again, or type the figures into the grid.',
      });
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return state;
};
