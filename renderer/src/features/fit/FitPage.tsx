/** The role-fit worksheet. */
import type { PageProps } from '../../app/pageProps';
import { EmptyState } from '../../components/EmptyState';

export const FitPage = (_props: PageProps) => (
  <EmptyState title="The role-fit worksheet is not filled in yet">
    <p>
      Rate the work each role produces week after week, mark where you have real stories, and see
      which role you lean towards and why.
    </p>
  </EmptyState>
);
