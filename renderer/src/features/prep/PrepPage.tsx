/**
 * The Prep section: a readiness header (per role, and over time), then three
 * views in ARIA tabs — Checklist, Interview loop, Mock answers. Reads through
 * `lib/usePrep`; writes happen inside the views through `mutations.ts`.
 * Reads the clock here (the renderer layer) and passes it down as `now`.
 */

import { ReadinessSummary } from '@renderer/components/prep/ReadinessSummary';
import { useReadyWhen } from '@renderer/lib/appReady';
import type { PageProps } from '@renderer/lib/pageProps';
import { useNow } from '@renderer/lib/useNow';
import { useMockAnswers, usePrepItems, useQuestions, useRounds } from '@renderer/lib/usePrep';
import { readinessRows } from '@shared/domain/prepView';
import { lazy, useId, useState } from 'react';
import { ChecklistView } from './components/ChecklistView';
import { LoopView } from './components/LoopView';
import { MockView } from './components/MockView';
import '@renderer/components/prep/prep.css';
import { LazyPart } from '@renderer/components/LazyPart';
import { Tabs, tabPanelProps } from '@renderer/components/Tabs';
import { localTimeZone } from '@renderer/lib/dates';

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
  const baseId = useId();

  useReadyWhen(!!(items && rounds && questions && answers));

  if (!items || !rounds || !questions || !answers) {
    return <p className="muted">Loading your prep…</p>;
  }

  const localZone = localTimeZone();
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

      <Tabs
        label="Prep views"
        idBase={baseId}
        items={TABS}
        selected={tab}
        onSelect={setTab}
        className="tabs"
      />
      <div {...tabPanelProps(baseId, tab)} className="prep-panel">
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

export { ReadinessSummary } from '@renderer/components/prep/ReadinessSummary';
