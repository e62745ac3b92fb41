/**
 * Role-fit worksheet shaping: the order the artifacts are asked in, and the
 * rows the "ratings by role" chart draws.
 *
 * Owns presentation order and chart data only. Scoring lives in `fit.ts`; this
 * module must not compute scores, read the clock or know about the UI.
 */
import type { Assessment } from '../schemas/records';
import type { Artifact, Template } from '../schemas/template';

/**
 * The template's artifacts in the order the worksheet asks them: round-robin
 * over the roles (one artifact of each role in turn, each role's artifacts in
 * template order), starting with the role that has the most artifacts (ties:
 * template role order). When one role runs out the rest of the other follow.
 *
 * Invariants: deterministic for a given template (never random per render);
 * a permutation of `template.artifacts` restricted to artifacts whose role is
 * in `template.roles` (artifacts naming an unknown role are dropped); no two
 * neighbours share a role while both roles still have artifacts left.
 */
export const interleaveArtifacts = (template: Template): Artifact[] => {
  const queues = template.roles
    .map((role, index) => ({
      index,
      items: template.artifacts.filter((a) => a.roleId === role.id),
    }))
    .sort((p, q) => q.items.length - p.items.length || p.index - q.index);
  const out: Artifact[] = [];
  const longest = Math.max(0, ...queues.map((q) => q.items.length));
  for (let i = 0; i < longest; i += 1) {
    for (const q of queues) {
      const item = q.items[i];
      if (item) out.push(item);
    }
  }
  return out;
};

/** One bar of the "ratings by role" chart. */
export type FitChartRow = {
  artifactId: string;
  /** Artifact name as the template spells it. */
  name: string;
  roleId: string;
  roleShortName: string;
  /** The user's 1–5 rating. */
  rating: number;
};

/** One role's ratings summary for the chart's title and text alternative. */
export type FitChartRole = {
  roleId: string;
  roleShortName: string;
  /** Mean of the role's 1–5 ratings, two decimals; null when none is rated. */
  average: number | null;
  ratedCount: number;
  artifactCount: number;
};

export type FitChartData = { rows: FitChartRow[]; roles: FitChartRole[] };

const round2 = (x: number): number => Math.round(x * 100 + 1e-9) / 100;

/**
 * Chart data for "ratings by role": one row per artifact with a 1–5 rating
 * ("not sure" and unanswered are left out, as they are in the score), grouped
 * by role in template role order and, inside a role, in template order; plus
 * each role's average rating (1–5 scale, two decimals) and counts.
 */
export const fitChartData = (assessment: Assessment, template: Template): FitChartData => {
  const rows: FitChartRow[] = [];
  const roles: FitChartRole[] = [];
  for (const role of template.roles) {
    const artifacts = template.artifacts.filter((a) => a.roleId === role.id);
    const rated: FitChartRow[] = [];
    for (const a of artifacts) {
      const rating = assessment.ratings[a.id];
      if (typeof rating !== 'number') continue;
      rated.push({
        artifactId: a.id,
        name: a.name,
        roleId: role.id,
        roleShortName: role.shortName,
        rating,
      });
    }
    rows.push(...rated);
    roles.push({
      roleId: role.id,
      roleShortName: role.shortName,
      average:
        rated.length > 0 ? round2(rated.reduce((s, r) => s + r.rating, 0) / rated.length) : null,
      ratedCount: rated.length,
      artifactCount: artifacts.length,
    });
  }
  return { rows, roles };
};
