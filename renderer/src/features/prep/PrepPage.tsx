/** The prep tracker. */
import type { PageProps } from '../../app/pageProps';
import { EmptyState } from '../../components/EmptyState';

export const PrepPage = (_props: PageProps) => (
  <EmptyState title="No prep tracked yet">
    <p>Your prep checklist, interview rounds with dates, and mock answers will be tracked here.</p>
  </EmptyState>
);
