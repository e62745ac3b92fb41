/** Hash routes of the workbook shell. */
import { useSyncExternalStore } from 'react';

export const SECTIONS = [
  { id: 'offers', label: 'Offers' },
  { id: 'fit', label: 'Role fit' },
  { id: 'prep', label: 'Prep' },
  { id: 'summary', label: 'Summary' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];

const isSection = (value: string): value is SectionId => SECTIONS.some((s) => s.id === value);

/** The section named by the current hash, `offers` by default. */
export const currentSection = (): SectionId => {
  const id = window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isSection(id) ? id : 'offers';
};

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current section, re-rendering on hash changes. */
export const useSection = (): SectionId => useSyncExternalStore(subscribe, currentSection);

export const sectionHref = (id: SectionId): string => `#/${id}`;
