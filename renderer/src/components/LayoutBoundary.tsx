/**
 * A block the browser can lay out by itself: a change inside it (a figure in a sentence, a line
 * more or less in a list) lays out this box and not the page around it, as long as its height
 * stays the same. Blink starts layout at such a box — a relayout boundary — only when its size
 * cannot depend on its content: size and layout containment, and not a flex or grid item
 * (bench/README.md, session 11). So the box takes its content's height as observed
 * (`sizeToContent`), and only then contains its size: a change of height sets the new one, and
 * that one change lays out the page as before, in the same frame (Resize Observer delivers
 * before paint). Without ResizeObserver it is an ordinary block.
 *
 * Use it where an edit rewrites text in place at every keystroke (the verdict). The rule is for
 * screens only (styles.css): on paper the box is an ordinary block, since print lays out at
 * another width.
 */
import { afterNextPaint, type FrameClock } from '@renderer/lib/afterPaint';
import type { ReactNode } from 'react';

/**
 * Keeps `box`'s height (`--layout-boundary-height`) equal to its first child's border-box height,
 * and marks it `data-sized` once it has one, which is when the stylesheet contains its size and
 * layout. It starts once the page has painted (`clock`: the browser's frames unless a test gives
 * its own): observed at once, a start's first frame would lay the page out twice, for the
 * observation and again for the box's new containment. A ref callback: React 19 calls the
 * function it returns when the element is removed.
 */
export const sizeToContent = (
  box: HTMLElement | null,
  clock?: FrameClock,
): (() => void) | undefined => {
  const content = box?.firstElementChild;
  if (!box || !content || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver((entries) => {
    const size = entries[entries.length - 1]?.borderBoxSize[0];
    if (!size) return;
    const height = `${size.blockSize}px`;
    if (box.style.getPropertyValue('--layout-boundary-height') !== height) {
      box.style.setProperty('--layout-boundary-height', height);
    }
    if (box.dataset.sized === undefined) box.dataset.sized = '';
  });
  const cancel = afterNextPaint(() => observer.observe(content), clock);
  return () => {
    cancel();
    observer.disconnect();
  };
};

export const LayoutBoundary = ({ children }: { children: ReactNode }) => (
  <div ref={sizeToContent} className="layout-boundary">
    <div className="layout-boundary__content">{children}</div>
  </div>
);
