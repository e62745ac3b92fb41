/**
 * The template's published reference figures with their sources and the date
 * each was read, so a reader of the summary can check them. Display only.
 */
import { formatMoney } from '@shared/domain/money';
import type { ReferenceFigure, Template } from '@shared/schemas/template';

const METRIC: Record<ReferenceFigure['metric'], string> = {
  totalComp: 'total comp',
  base: 'base',
  gapPct: 'gap',
};

/** A figure's value or range as written in the source. */
export const figureValue = (f: ReferenceFigure): string => {
  if (f.metric === 'gapPct' || f.currency === null) {
    return f.low === f.high ? `${f.low}%` : `${f.low}–${f.high}%`;
  }
  const c = f.currency;
  return f.low === f.high
    ? formatMoney(f.low, c)
    : `${formatMoney(f.low, c)}–${formatMoney(f.high, c)}`;
};

export const ReferenceFigures = ({
  template,
  print = false,
}: {
  template: Template;
  print?: boolean;
}) => (
  <section className="summary-references" aria-labelledby="summary-references-title">
    <h2 id="summary-references-title">Reference figures and sources</h2>
    {template.references.length === 0 ? (
      <p className="muted">This template has no published figures.</p>
    ) : (
      <table className="summary-refs">
        <caption className="visually-hidden">Published pay figures with their sources</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
            <th scope="col">Read on</th>
          </tr>
        </thead>
        <tbody>
          {template.references.map((f) => (
            <tr key={f.id}>
              <th scope="row">
                {f.label}
                {/* Labels that already name their measure ("…: total comp") are not told it twice. */}
                {f.label.toLowerCase().includes(METRIC[f.metric]) ? null : (
                  <span className="muted"> ({METRIC[f.metric]})</span>
                )}
              </th>
              <td>{figureValue(f)}</td>
              <td>
                {f.sourceName}
                {print ? <span className="summary-refs__url"> {f.sourceUrl}</span> : null}
              </td>
              <td>{f.readOn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </section>
);
