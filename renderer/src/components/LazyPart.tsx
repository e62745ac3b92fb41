/**
 * A Suspense boundary for a lazily loaded part of a page (a chart) that must
 * never hold back the page around it. Its children mount only after the
 * page's first commit: when a lazy child suspends inside the very render that
 * mounts its boundary, React delays committing the whole page (~300 ms) —
 * this way the page appears at once and the part fills in when its code is in.
 *
 * While the part loads, its fallback sits in a box marked `aria-busy="true"`
 * (laid out as if the box were not there): assistive technology hears that the
 * region is still coming, and the print route waits for it by that state, not
 * by the fallback's wording.
 */
import { type ReactNode, Suspense, useEffect, useState } from 'react';

export const LazyPart = ({ fallback, children }: { fallback: ReactNode; children: ReactNode }) => {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const pending = (
    <div className="lazy-part" aria-busy="true">
      {fallback}
    </div>
  );
  return <Suspense fallback={pending}>{mounted ? children : pending}</Suspense>;
};
