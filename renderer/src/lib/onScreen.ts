/**
 * Whether an element is on screen, for parts of a page that are worth drawing
 * in an edit's own frame only while someone can see them (the difference
 * chart). Read from an `IntersectionObserver`, which reports once soon after
 * `observe()` and then each time the element enters or leaves the viewport
 * (W3C Intersection Observer, "observe()": the initial notification). Until
 * the first report the element counts as off screen.
 */
import { type RefObject, useEffect, useState } from 'react';

type ObserverClass = new (
  callback: (entries: readonly Pick<IntersectionObserverEntry, 'isIntersecting'>[]) => void,
) => Pick<IntersectionObserver, 'observe' | 'disconnect'>;

/** Calls `onChange` with each on-screen state `el` reports; returns a function that stops. */
export const watchOnScreen = (
  el: Element,
  onChange: (onScreen: boolean) => void,
  Observer: ObserverClass = IntersectionObserver,
): (() => void) => {
  const observer = new Observer((entries) => {
    // Several crossings in one report: the last one is the current state.
    const last = entries[entries.length - 1];
    if (last) onChange(last.isIntersecting);
  });
  observer.observe(el);
  return () => observer.disconnect();
};

/** Whether the element behind `ref` is on screen; false until its first report. */
export const useOnScreen = (ref: RefObject<Element | null>): boolean => {
  const [onScreen, setOnScreen] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    return watchOnScreen(el, setOnScreen);
  }, [ref]);
  return onScreen;
};
