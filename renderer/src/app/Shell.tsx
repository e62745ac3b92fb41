/**
 * The workbook shell: name, the two roles compared, section navigation and
 * the current section. Moves focus to the section heading on navigation (and
 * when the shell opens from the welcome screen) so keyboard and screen-reader
 * users land on the new content; the sidebar and the heading stay in view.
 */

import { ErrorBoundary } from '@renderer/components/ErrorBoundary';
import { lazyWithPreload } from '@renderer/components/lazyWithPreload';
import { SaveIndicator } from '@renderer/features/workbook/components/SaveIndicator';
import { WorkbookName } from '@renderer/features/workbook/components/WorkbookName';
import { useFileActions } from '@renderer/features/workbook/fileActions';
import { afterNextPaint } from '@renderer/lib/afterPaint';
import { afterAppReady, signalAppReady } from '@renderer/lib/appReady';
import { fulfilledValue } from '@renderer/lib/fulfilled';
import { whenIdle } from '@renderer/lib/idle';
import type { PageProps } from '@renderer/lib/pageProps';
import {
  currentSection,
  SECTIONS,
  type SectionId,
  sectionHref,
  useSection,
} from '@renderer/lib/routes';
import { unsavedDrafts } from '@renderer/lib/unsavedDrafts';
import { isPrintRouteHash } from '@shared/ipc/print';
import type { Workbook } from '@shared/schemas/records';
import type { Template } from '@shared/schemas/template';
import { type ReactNode, Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { warmEditSchemas } from './warmSchemas';

// Each section loads on first visit, so start-up only pays for the shell and the first section.
const OffersPage = lazyWithPreload(() =>
  import('@renderer/features/offers/OffersPage').then((m) => m.OffersPage),
);
const FitPage = lazyWithPreload(() =>
  import('@renderer/features/fit/FitPage').then((m) => m.FitPage),
);
const PrepPage = lazyWithPreload(() =>
  import('@renderer/features/prep/PrepPage').then((m) => m.PrepPage),
);
const SummaryPage = lazyWithPreload(() =>
  import('@renderer/features/summary/SummaryPage').then((m) => m.SummaryPage),
);
const sectionPages = {
  offers: OffersPage,
  fit: FitPage,
  prep: PrepPage,
  summary: SummaryPage,
} satisfies Record<SectionId, { preload: () => Promise<void> }>;
/**
 * Loads the code of the section the window opens on. Started at once, alongside
 * storage start-up; the root shows the shell only when it is in, because a
 * section that suspends on first render is held back by React's fallback
 * throttle (~300 ms) after it arrives.
 */
export const currentSectionLoaded: Promise<void> = isPrintRouteHash(window.location.hash)
  ? Promise.resolve()
  : sectionPages[currentSection()].preload();
const sectionIn = fulfilledValue(currentSectionLoaded.then(() => true));
/** Whether {@link currentSectionLoaded} has settled (the root's first state, without a render to wait). */
export const isCurrentSectionLoaded = (): boolean => sectionIn() === true;

// Once the first screen is up, fetch the other sections while the user reads it, so moving
// between them is instant.
afterAppReady(() => {
  whenIdle(() => {
    for (const page of Object.values(sectionPages)) void page.preload();
  });
});
// …and build the schemas the first edit validates with (`warmSchemas.ts`).
warmEditSchemas();

/** The app-ready signal for a shell with no section to show. */
const NoSectionReady = () => {
  useLayoutEffect(() => signalAppReady(), []);
  return null;
};

const pages: Record<SectionId, (props: PageProps) => ReactNode> = {
  offers: (props) => <OffersPage {...props} />,
  fit: (props) => <FitPage {...props} />,
  prep: (props) => <PrepPage {...props} />,
  summary: (props) => <SummaryPage {...props} />,
};

export const Shell = ({
  workbook,
  template,
  notice,
}: {
  workbook: Workbook;
  template: Template | undefined;
  /** A startup recovery message, shown above the section. */
  notice?: ReactNode;
}) => {
  const files = useFileActions();
  const section = useSection();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0];

  useEffect(() => {
    document.title = `${current.label} — ${workbook.name} — Crossroads`;
  }, [current.label, workbook.name]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose whenever the section changes.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      // Opening a workbook from the welcome screen removes the button that had focus; without
      // this, focus falls to the page body. Land on the section heading instead — once the first
      // screen has painted: focus() makes the browser style and lay out the whole page there and
      // then, ahead of the frame that would do it anyway (12–26 ms per start in the profiles of
      // bench/README.md, session 8). The heading is at the top of the page: no scroll is needed.
      return afterNextPaint(() => {
        if (document.activeElement === null || document.activeElement === document.body) {
          headingRef.current?.focus({ preventScroll: true });
        }
      });
    }
    headingRef.current?.focus();
  }, [section]);

  // Text a field refused belongs to this workbook only.
  // biome-ignore lint/correctness/useExhaustiveDependencies: clears when another workbook opens.
  useEffect(() => () => unsavedDrafts.releaseAll(''), [workbook.id]);

  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={() => headingRef.current?.focus()}>
        Skip to content
      </button>
      <header className="topbar">
        <span className="brand" aria-hidden="true">
          Crossroads
        </span>
        <WorkbookName workbook={workbook} />
        {template ? (
          <p className="roles">
            <span className="roles__label">Comparing</span>{' '}
            {template.roles.map((r, i) => (
              <span key={r.id}>
                {i > 0 ? <span className="roles__vs"> vs </span> : null}
                <span className="role-chip" title={r.summary}>
                  <strong>{r.shortName}</strong> {r.name}
                </span>
              </span>
            ))}
          </p>
        ) : (
          <p className="roles roles--missing">
            The template this workbook was made from is not installed.
          </p>
        )}
      </header>
      <nav className="sections" aria-label="Sections">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={sectionHref(s.id)} aria-current={s.id === section ? 'page' : undefined}>
                {s.label}
              </a>
            </li>
          ))}
        </ul>
        <fieldset className="sections__files">
          <legend className="visually-hidden">Workbook file</legend>
          <button type="button" onClick={files.newWorkbook}>
            New…
          </button>
          <button type="button" onClick={() => void files.open()}>
            Open…
          </button>
          <button type="button" onClick={() => void files.saveAs()}>
            Save as…
          </button>
          <button type="button" onClick={() => void files.showBackups()}>
            Backups…
          </button>
        </fieldset>
        <SaveIndicator />
      </nav>
      <main id="main" className="content">
        {notice}
        <h1 ref={headingRef} tabIndex={-1} className="content__title">
          {current.label}
        </h1>
        <ErrorBoundary key={section} label={current.label}>
          {template ? (
            <Suspense fallback={<p className="loading-section">Loading {current.label}…</p>}>
              {/* Each page raises the app-ready signal when its data is on screen (useReadyWhen). */}
              {pages[section]({ workbook, template })}
            </Suspense>
          ) : (
            <>
              <p className="banner banner--error" role="alert">
                This workbook was made from the template “{workbook.templateId}”, which is not
                installed, so its worksheets cannot be shown. Your data is kept as it is.
              </p>
              <NoSectionReady />
            </>
          )}
        </ErrorBoundary>
      </main>
    </div>
  );
};
