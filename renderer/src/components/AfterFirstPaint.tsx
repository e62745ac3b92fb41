/**
 * Holds part of a page back from the page's first render: its children render
 * in the commit after the first, as a transition started from the first
 * commit's effects. The first commit (and, in the traces, the first frame)
 * carries only what is on the first screen, with less to render, style, lay
 * out and paint; the rest follows in a render that input can interrupt. For
 * content below the first screen only: a section raises app-ready from its
 * first commit, so what that commit holds is what the mark promises is on
 * screen.
 *
 * Needs no animation frame (a hidden window gets none), only React's own
 * scheduling.
 */
import { type ReactNode, startTransition, useEffect, useState } from 'react';

export const AfterFirstPaint = ({ children }: { children: ReactNode }) => {
  const [shown, setShown] = useState(false);
  useEffect(() => startTransition(() => setShown(true)), []);
  return shown ? children : null;
};
