/** The grid's result cell: a figure in its one-line box, a note as plain text (markup only). */
import type { Offer } from '@shared/schemas/records';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { resultCell } from './resultCell';

const offer = { id: 'o1', name: 'Amazon PM, L5' } as Offer;
const row = (cell: ReturnType<typeof resultCell>) =>
  renderToStaticMarkup(
    <table>
      <tbody>
        <tr>{cell}</tr>
      </tbody>
    </table>,
  );

describe('resultCell', () => {
  it('puts a figure in the one-line box that is laid out by itself', () => {
    expect(row(resultCell(offer, '$850,000'))).toContain(
      '<td data-offer="Amazon PM, L5"><span class="offer-grid__value">$850,000</span></td>',
    );
  });

  it('leaves a note that stands for a figure as muted plain text, free to widen its column', () => {
    expect(row(resultCell(offer, 'Needs an exchange rate', true))).toContain(
      '<td data-offer="Amazon PM, L5" class="offer-grid__na">Needs an exchange rate</td>',
    );
  });
});
