/**
 * One offer's cell in the grid's result rows (OfferGrid's results, TaxCells' take-home rows).
 * A figure sits in an `.offer-grid__value` box, which offers.css makes a relayout boundary: an
 * edit that changes the figure lays out that one-line box instead of the whole table. A note
 * that stands in for a figure ("Incomplete", "Needs an exchange rate") is plain text in a muted
 * cell, so a long one widens its column as before rather than overflowing a fixed box.
 */
import type { Offer } from '@shared/schemas/records';
import type { ReactNode } from 'react';

export const resultCell = (offer: Offer, content: ReactNode, note = false) => (
  <td key={offer.id} data-offer={offer.name} className={note ? 'offer-grid__na' : undefined}>
    {note ? content : <span className="offer-grid__value">{content}</span>}
  </td>
);
