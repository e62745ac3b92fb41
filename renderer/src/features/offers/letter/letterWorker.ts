/**
 * A Web Worker that runs the offer-letter extractor off the page's main
 * thread, so a very long paste never freezes the window. Receives
 * `{ id, text }`, answers `{ id, result, ms }` (ms = time spent extracting).
 */
import { extractOfferLetter } from '@shared/domain/offerLetter/extract';

type Post = (message: unknown) => void;

globalThis.addEventListener('message', (event: Event) => {
  const { id, text } = (event as MessageEvent<{ id: number; text: string }>).data;
  const started = performance.now();
  const result = extractOfferLetter(text);
  (globalThis as unknown as { postMessage: Post }).postMessage({
    id,
    result,
    ms: performance.now() - started,
  });
});
