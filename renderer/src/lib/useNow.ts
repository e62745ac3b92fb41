/**
 * The renderer's clock for display: the current time as React state,
 * refreshed on an interval. The renderer is the only layer that reads the
 * clock; domain functions get this as `now`.
 */
import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs` milliseconds (default 30 s). */
export const useNow = (everyMs = 30_000): Date => {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
};
