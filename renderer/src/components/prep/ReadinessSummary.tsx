/**
 * Readiness per role as a percent with a bar — presentational, so the
 * Summary page can show the same figures. The numbers come from
 * `prepReadiness`; this component only lays them out.
 */
import { prepReadiness, type ReadinessItem } from '@shared/domain/prep';
import type { Role } from '@shared/schemas/template';

export type ReadinessSummaryProps = {
  items: readonly ReadinessItem[];
  roles: readonly Pick<Role, 'id' | 'shortName' | 'name'>[];
  /** Accessible name of the list; defaults to "Readiness by role". */
  label?: string;
};

/** Role colour from the stylesheet (`--pmm`, `--pm`), the accent otherwise. */
export const roleColor = (roleId: string): string => `var(--${roleId}, var(--accent))`;

export const ReadinessSummary = ({
  items,
  roles,
  label = 'Readiness by role',
}: ReadinessSummaryProps) => (
  <ul className="readiness-summary" aria-label={label}>
    {roles.map((role) => {
      const pct = prepReadiness(items, role.id);
      return (
        <li key={role.id} className="readiness-summary__role">
          <span className="readiness-summary__name" title={role.name}>
            {role.shortName} readiness
          </span>
          <span className="readiness-summary__value">
            {pct === null ? 'Nothing to prepare' : `${pct}%`}
          </span>
          <span className="readiness-summary__bar" aria-hidden="true">
            <span style={{ width: `${pct ?? 0}%`, background: roleColor(role.id) }} />
          </span>
        </li>
      );
    })}
  </ul>
);
