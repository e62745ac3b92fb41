/**
 * The Prep section: a readiness header (per role, and over time), then three
 * views in ARIA tabs — Checklist, Interview loop, Mock answers. Reads through
 * `hooks/usePrep`; writes happen inside the views through `mutations.ts`.
 * Reads the clock here (the renderer layer) and passes it down as `now`.
 */
import { type KeyboardEvent, lazy, useId, useRef, useState } from 'react';
import { readinessRows } from '../../../../shared/domain/prepView';
import type { PageProps } from '../../app/pageProps';
import { ChecklistView } from './components/ChecklistView';
import { LoopView } from './components/LoopView';
import { MockView } from './components/MockView';
import { ReadinessSummary } from './components/ReadinessSummary';
import { useMockAnswers, useNow, usePrepItems, useQuestions, useRounds } from './hooks/usePrep';
import './prep.css';
import { LazyPart } from '../../components/LazyPart';

const ReadinessChart = lazy(() =>
  import('./components/charts/ReadinessChart').then((m) => ({ default: m.ReadinessChart })),
);

const TABS = [
  { id: 'checklist', label: 'Checklist' },
  { id: 'loop', label: 'Interview loop' },
  { id: 'mock', label: 'Mock answers' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export const PrepPage = ({ workbook, template }: PageProps) => {
  const items = usePrepItems(workbook.id);
  const rounds = useRounds(workbook.id);
  const questions = useQuestions(workbook.id);
  const answers = useMockAnswers(workbook.id);
  const now = useNow();
  const [tab, setTab] = useState<TabId>('checklist');
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  const baseId = useId();

  if (!items || !rounds || !questions || !answers) {
    return <p className="muted">Loading your prep…</p>;
  }

  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const at = TABS.findIndex((t) => t.id === tab);
    let next = at;
    if (e.key === 'ArrowRight') next = (at + 1) % TABS.length;
    else if (e.key === 'ArrowLeft') next = (at - 1 + TABS.length) % TABS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = TABS.length - 1;
    else return;
    e.preventDefault();
    const id = TABS[next]?.id ?? 'checklist';
    setTab(id);
    tabRefs.current[id]?.focus();
  };

  const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const rows = readinessRows(
    items,
    template.roles.map((r) => r.id),
    localZone,
  );

  return (
    <div className="prep">
      <section className="prep-header card" aria-labelledby="readiness-title">
        <div className="prep-header__summary">
          <h2 id="readiness-title">Readiness</h2>
          <ReadinessSummary items={items} roles={template.roles} />
          <p className="muted small">
            Work counted up to each item's target, over all targets for the role (items for both
            roles count twice).
          </p>
        </div>
        <div className="prep-header__chart">
          {rows.length === 0 ? (
            <p className="muted small">
              Tick off checklist items and your progress over time will be charted here.
            </p>
          ) : (
            <LazyPart fallback={<p className="muted small">Loading chart…</p>}>
              <ReadinessChart rows={rows} roles={template.roles} />
            </LazyPart>
          )}
        </div>
      </section>

      <div role="tablist" aria-label="Prep views" className="prep-tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${baseId}-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`${baseId}-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            ref={(el) => {
              tabRefs.current[t.id] = el;
            }}
            onClick={() => setTab(t.id)}
            onKeyDown={onKey}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-panel-${tab}`}
        aria-labelledby={`${baseId}-tab-${tab}`}
        className="prep-panel"
      >
        {tab === 'checklist' ? (
          <ChecklistView workbookId={workbook.id} items={items} template={template} />
        ) : tab === 'loop' ? (
          <LoopView rounds={rounds} items={items} template={template} now={now} />
        ) : (
          <MockView
            workbookId={workbook.id}
            questions={questions}
            answers={answers}
            template={template}
          />
        )}
      </div>
    </div>
  );
};

export { ReadinessSummary } from './components/ReadinessSummary';
