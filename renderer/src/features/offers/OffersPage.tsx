/** Offers side by side. */
import type { PageProps } from '../../app/pageProps';
import { EmptyState } from '../../components/EmptyState';

export const OffersPage = (_props: PageProps) => (
  <EmptyState title="No offers yet — add your first offer">
    <p>
      Each offer you enter shows here side by side: pay year by year, the four-year total, the gap
      between offers, and what leaving early would cost.
    </p>
  </EmptyState>
);
