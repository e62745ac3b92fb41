/**
 * Holds part of a page back from the page's first render: its children render
 * in a transition started once the first frame has painted
 * (`lib/afterPaint.ts`, which also runs it when a hidden window gets no
 * frame). The first commit and frame carry only what is on the first screen,
 * with less to render, style, lay out and paint; the rest follows in a render
 * that input can interrupt. For content below the first screen only: a
 * section raises app-ready from its first commit, so what that commit holds
 * is what the mark promises is on screen.
 */
import { afterNextPaint } from '@renderer/lib/afterPaint';
import { type ReactNode, startTransition, useEffect, useState } from 'react';

export const AfterFirstPaint = ({ children }: { children: ReactNode }) => {
  const [shown, setShown] = useState(false);
  useEffect(() => afterNextPaint(() => startTransition(() => setShown(true))), []);
  return shown ? children : null;
};
