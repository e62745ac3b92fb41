/**
 * "Export as CSV…": writes the offers comparison as a CSV file the user
 * picks (main asks where and writes it atomically), and says what happened
 * next to the button. The rows come from `shared/domain/csv` over the
 * comparison the page already shows, so the file holds the screen's figures.
 * `exportComparisonCsv` is also what the File menu's command runs.
 */
import { api, messageOf, unwrap } from '@renderer/lib/api';
import type { BaselineComparison, OfferSummary } from '@shared/domain/comp';
import { type CsvOffer, type CsvTakeHome, comparisonCsvRows, toCsv } from '@shared/domain/csv';
import { useState } from 'react';

export type CsvComparison = {
  offers: readonly CsvOffer[];
  summaries: ReadonlyMap<string, OfferSummary>;
  gaps: readonly BaselineComparison[];
  /** The baseline's currency, which the gaps are in. */
  currency: string;
  /** The verdict's basis and the take-home figures, so the file says which it reads. */
  takeHome?: CsvTakeHome;
};

export type CsvExportOutcome = { kind: 'saved'; path: string } | { kind: 'cancelled' };

const pad = (n: number) => String(n).padStart(2, '0');

/** Asks where to save and writes the comparison's CSV; throws with a message on failure. */
export const exportComparisonCsv = async (c: CsvComparison): Promise<CsvExportOutcome> => {
  const now = new Date();
  const csv = toCsv(comparisonCsvRows(c.offers, c.summaries, c.gaps, c.currency, c.takeHome));
  const suggestedName = `offers-comparison-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
  const result = await unwrap(api().csv.export({ csv, suggestedName }));
  return result.kind === 'saved' ? { kind: 'saved', path: result.path } : { kind: 'cancelled' };
};

/** The button plus its outcome line. */
export const CsvExportButton = (props: CsvComparison) => {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; error: boolean } | null>(null);
  const run = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const result = await exportComparisonCsv(props);
      setOutcome({
        text:
          result.kind === 'saved'
            ? `Saved the comparison to “${result.path}”.`
            : 'CSV export cancelled: nothing was saved.',
        error: false,
      });
    } catch (err) {
      setOutcome({ text: messageOf(err), error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="csv-export">
      {/* aria-disabled keeps keyboard focus on the button while it works. */}
      <button type="button" aria-disabled={busy ? true : undefined} onClick={() => void run()}>
        Export as CSV…
      </button>
      {outcome ? (
        <p
          role={outcome.error ? 'alert' : 'status'}
          className={outcome.error ? 'field__error' : 'muted'}
        >
          {outcome.text}
        </p>
      ) : null}
    </div>
  );
};
