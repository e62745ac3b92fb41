/** The decision summary. */
import type { PageProps } from '../../app/pageProps';
import { EmptyState } from '../../components/EmptyState';

export const SummaryPage = (_props: PageProps) => (
  <EmptyState title="Nothing to summarise yet">
    <p>
      Once you have offers and a role-fit result, this page brings them together with your prep
      readiness and your own decision notes, ready to export as a PDF.
    </p>
  </EmptyState>
);
