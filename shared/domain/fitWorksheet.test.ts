import { describe, expect, it } from 'vitest';
import type { Assessment } from '../schemas/records';
import type { Template } from '../schemas/template';
import { fitChartData, interleaveArtifacts } from './fitWorksheet';

// A hand-written fixture: 3 PMM artifacts (a1..a3) and 2 PM artifacts (b1, b2),
// listed in the template grouped by role, PM role first in `roles`.
const art = (id: string, roleId: string) => ({
  id,
  roleId,
  name: id.toUpperCase(),
  description: 'd',
});
const template = {
  roles: [
    { id: 'pm', shortName: 'PM', name: 'Product Manager', summary: 's' },
    { id: 'pmm', shortName: 'PMM', name: 'Product Marketing Manager', summary: 's' },
  ],
  artifacts: [
    art('b1', 'pm'),
    art('b2', 'pm'),
    art('a1', 'pmm'),
    art('a2', 'pmm'),
    art('a3', 'pmm'),
  ],
} as unknown as Template;

const assessment = (ratings: Assessment['ratings']): Assessment => ({
  id: 'x',
  workbookId: 'w',
  ratings,
  stories: {},
  backgroundIds: [],
  weeklyFilter: null,
  updatedAt: '2026-11-26T17:00:00.000Z',
});

describe('interleaveArtifacts', () => {
  it('alternates roles, starting with the role that has more artifacts', () => {
    // PMM has 3, PM 2, so PMM leads: a1 b1 a2 b2, then PMM's leftover a3.
    expect(interleaveArtifacts(template).map((a) => a.id)).toEqual(['a1', 'b1', 'a2', 'b2', 'a3']);
  });

  it('breaks a tie in favour of the first role in the template', () => {
    const even = { ...template, artifacts: template.artifacts.filter((a) => a.id !== 'a3') };
    // 2 vs 2: roles[0] is PM, so b1 a1 b2 a2.
    expect(interleaveArtifacts(even).map((a) => a.id)).toEqual(['b1', 'a1', 'b2', 'a2']);
  });

  it('drops artifacts whose role the template does not define', () => {
    const stray = { ...template, artifacts: [...template.artifacts, art('z1', 'nobody')] };
    expect(interleaveArtifacts(stray).map((a) => a.id)).toEqual(['a1', 'b1', 'a2', 'b2', 'a3']);
  });

  it('gives the same order on every call', () => {
    expect(interleaveArtifacts(template)).toEqual(interleaveArtifacts(template));
  });
});

describe('fitChartData', () => {
  it('keeps only 1–5 ratings, grouped by role in template role order, with averages', () => {
    const data = fitChartData(assessment({ a1: 5, a2: null, a3: 4, b1: 2, unknown: 3 }), template);
    // Roles in template order: PM first (b1 = 2; b2 unanswered), then PMM (a1 = 5, a3 = 4;
    // a2 "not sure" is left out). "unknown" is not a template artifact.
    expect(data.rows.map((r) => [r.artifactId, r.roleShortName, r.rating])).toEqual([
      ['b1', 'PM', 2],
      ['a1', 'PMM', 5],
      ['a3', 'PMM', 4],
    ]);
    // PM average = 2 / 1 = 2; PMM average = (5 + 4) / 2 = 4.5.
    expect(data.roles).toEqual([
      { roleId: 'pm', roleShortName: 'PM', average: 2, ratedCount: 1, artifactCount: 2 },
      { roleId: 'pmm', roleShortName: 'PMM', average: 4.5, ratedCount: 2, artifactCount: 3 },
    ]);
  });

  it('rounds averages to two decimals and reports null for a role with no rating', () => {
    const data = fitChartData(assessment({ a1: 5, a2: 4, a3: 4 }), template);
    // (5 + 4 + 4) / 3 = 4.333… → 4.33
    expect(data.roles.map((r) => r.average)).toEqual([null, 4.33]);
  });
});
