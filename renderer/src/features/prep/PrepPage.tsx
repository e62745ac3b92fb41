/** The prep tracker. */
import { EmptyState } from '../../components/EmptyState';

export const PrepPage = () => (
  <EmptyState title="No prep tracked yet">
    <p>Your prep checklist, interview rounds with dates, and mock answers will be tracked here.</p>
  </EmptyState>
);
