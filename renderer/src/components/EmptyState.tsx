/** An honest empty state: what will be here and the first step to take. */
import type { ReactNode } from 'react';

export const EmptyState = ({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) => (
  <div className="empty-state">
    <p className="empty-state__title">{title}</p>
    {children ? <div className="empty-state__body">{children}</div> : null}
    {action ? <div className="empty-state__action">{action}</div> : null}
  </div>
);
