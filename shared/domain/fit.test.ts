import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../schemas/records';
import { type Template, TemplateSchema } from '../schemas/template';
import { BALANCED, interviewSignal, scoreRoleFit } from './fit';

// A small two-role template written for these tests (not the shipped one):
// four artifacts per role, first-template weights 0.6 / 0.25 / 0.15, margin 10.
const PMM = ['launch-plan', 'message-house', 'battlecard', 'sales-faq'] as const;
const PM = ['prd', 'prio-memo', 'roadmap-review', 'metric-tree'] as const;

const template: Template = {
  format: 'crossroads-template',
  id: 'test-template',
  version: 1,
  name: 'Test PMM vs PM',
  company: null,
  description: 'Fixture for unit tests.',
  roles: [
    { id: 'pmm', shortName: 'PMM', name: 'Product Marketing Manager', summary: 'Market story.' },
    { id: 'pm', shortName: 'PM', name: 'Product Manager', summary: 'Product definition.' },
  ],
  artifacts: [
    { id: 'launch-plan', roleId: 'pmm', name: 'Launch plan', description: 'd' },
    { id: 'message-house', roleId: 'pmm', name: 'Message house', description: 'd' },
    { id: 'battlecard', roleId: 'pmm', name: 'Battlecard', description: 'd' },
    { id: 'sales-faq', roleId: 'pmm', name: 'Sales FAQ', description: 'd' },
    { id: 'prd', roleId: 'pm', name: 'PRD', description: 'd' },
    { id: 'prio-memo', roleId: 'pm', name: 'Prioritization memo', description: 'd' },
    { id: 'roadmap-review', roleId: 'pm', name: 'Roadmap review', description: 'd' },
    { id: 'metric-tree', roleId: 'pm', name: 'Metric tree', description: 'd' },
  ],
  backgrounds: [],
  fit: {
    weights: { preference: 0.6, stories: 0.25, filter: 0.15 },
    leanMargin: 10,
    filterOptions: [
      { roleId: 'pmm', label: 'launch debriefs, messaging and competitive strategy.' },
      { roleId: 'pm', label: 'prioritization, product definition and roadmap execution' },
    ],
  },
  prepChecklist: [],
  loopRounds: [
    { id: 'screen', roleId: 'pmm', name: 'Recruiter screen', description: '', artifactIds: [] },
    {
      id: 'gtm-case',
      roleId: 'pmm',
      name: 'GTM case',
      description: '',
      artifactIds: ['launch-plan', 'battlecard'],
    },
    {
      id: 'messaging',
      roleId: 'pmm',
      name: 'Messaging exercise',
      description: '',
      artifactIds: ['message-house'],
    },
    {
      id: 'product-sense',
      roleId: 'pm',
      name: 'Product sense',
      description: '',
      artifactIds: ['prd', 'metric-tree'],
    },
  ],
  questions: [],
  conventions: null,
  references: [],
  sources: [],
};

type Answers = {
  ratings?: Assessment['ratings'];
  stories?: Assessment['stories'];
  weeklyFilter?: string | null;
};
const assess = ({ ratings = {}, stories = {}, weeklyFilter = null }: Answers): Assessment => ({
  id: 'a1',
  workbookId: 'w1',
  ratings,
  stories,
  backgroundIds: [],
  weeklyFilter,
  updatedAt: '2026-11-26T00:00:00.000Z',
});

const all = <T>(ids: readonly string[], v: T): Record<string, T> =>
  Object.fromEntries(ids.map((id) => [id, v]));

describe('the fixture', () => {
  it('is a valid template', () => {
    expect(TemplateSchema.safeParse(template).success).toBe(true);
  });
});

describe('scoreRoleFit — hand-worked cases', () => {
  it('all PMM artifacts 5 with stories, all PM 1, filter PMM: PMM leads by the maximum', () => {
    // PMM: pref (5−1)/4×100 = 100, stories 4/4 = 100, filter 100
    //      → 0.6×100 + 0.25×100 + 0.15×100 = 100
    // PM:  pref (1−1)/4×100 = 0, stories 0, filter 0 → 0. Margin 100.
    const r = scoreRoleFit(
      assess({
        ratings: { ...all(PMM, 5), ...all(PM, 1) },
        stories: all(PMM, true),
        weeklyFilter: 'pmm',
      }),
      template,
    );
    expect(r.scores).toEqual({ pmm: 100, pm: 0 });
    expect(r.lean).toBe('pmm');
    expect(r.margin).toBe(100);
    // Strengths: preference gap 0.6×(100−0) = 60 (favourites, then the PM
    // ceiling at the same strength), stories 0.25×(100−0) = 25, filter 0.15×100 = 15.
    expect(r.reasons).toEqual([
      'You rated Launch plan, Message house, Battlecard and Sales FAQ 5/5 and have stories for all of them.',
      'No PM artifact scored above 1/5.',
      'You have stories for 4 of 4 PMM artifacts and 0 of 4 PM ones.',
    ]);
    expect(r.completeness).toEqual({ answered: 9, total: 9, pct: 100 });
    expect(r.perRole.pmm).toEqual({
      preference: 100,
      stories: 100,
      filter: 100,
      ratedCount: 4,
      storyCount: 4,
      artifactCount: 4,
    });
  });

  it('all PMM 5 and all PM 1 with no stories and no filter answer renormalises over the parts present', () => {
    // PMM: (0.6×100 + 0.25×0) / (0.6 + 0.25) = 60 / 0.85 = 70.588… → 70.6
    // PM:  (0.6×0 + 0.25×0) / 0.85 = 0. Margin 70.6.
    const r = scoreRoleFit(assess({ ratings: { ...all(PMM, 5), ...all(PM, 1) } }), template);
    expect(r.scores).toEqual({ pmm: 70.6, pm: 0 });
    expect(r.margin).toBe(70.6);
    expect(r.lean).toBe('pmm');
    expect(r.perRole.pm?.filter).toBeNull();
    // 8 ratings answered, filter not: 8/9 = 88.9% → 89.
    expect(r.completeness).toEqual({ answered: 8, total: 9, pct: 89 });
    expect(r.reasons).toEqual([
      'You rated Launch plan, Message house, Battlecard and Sales FAQ 5/5, but no stories for them yet.',
      'No PM artifact scored above 1/5.',
      "You haven't marked a real story for any artifact yet.",
    ]);
  });

  it('symmetric answers are balanced with margin 0', () => {
    // Each role: ratings 4 and 2 (one "not sure", one unrated) → mean 3 → 50;
    // one story of 4 → 25; filter unsure → 50.
    // 0.6×50 + 0.25×25 + 0.15×50 = 30 + 6.25 + 7.5 = 43.75 → 43.8 (half away from zero).
    const r = scoreRoleFit(
      assess({
        ratings: {
          'launch-plan': 4,
          'message-house': 2,
          battlecard: null,
          prd: 4,
          'prio-memo': 2,
          'roadmap-review': null,
        },
        stories: { 'launch-plan': true, prd: true },
        weeklyFilter: 'unsure',
      }),
      template,
    );
    expect(r.scores).toEqual({ pmm: 43.8, pm: 43.8 });
    expect(r.lean).toBe(BALANCED);
    expect(r.margin).toBe(0);
    // 6 ratings (null counts as answered "not sure") + filter = 7 of 9 → 77.8 → 78.
    expect(r.completeness).toEqual({ answered: 7, total: 9, pct: 78 });
    expect(r.reasons).toEqual([
      "You rated the two roles' artifacts the same on average (3.0/5).",
      'You have stories for 1 of 4 PMM artifacts and 1 of 4 PM ones.',
      "You're unsure which kind of weekly work you would rather repeat.",
    ]);
  });

  it('leaves unrated and "not sure" artifacts out of the mean', () => {
    // PMM: only launch plan rated 5 (battlecard "not sure", others unrated) → mean 5 → 100,
    //      not (5+0+0+0)/4. (0.6×100) / 0.85 = 70.588… → 70.6
    // PM: prd 3 → 50 → (0.6×50) / 0.85 = 35.294… → 35.3. Margin 70.6 − 35.3 = 35.3.
    const r = scoreRoleFit(
      assess({ ratings: { 'launch-plan': 5, battlecard: null, prd: 3 } }),
      template,
    );
    expect(r.perRole.pmm?.preference).toBe(100);
    expect(r.perRole.pmm?.ratedCount).toBe(1);
    expect(r.scores).toEqual({ pmm: 70.6, pm: 35.3 });
    expect(r.margin).toBe(35.3);
    expect(r.lean).toBe('pmm');
  });

  it('a role with no rated artifacts scores on its other parts only', () => {
    // PMM: launch plan 4, battlecard 4 → mean 4 → 75; no stories → 0; filter PM → 0.
    //      0.6×75 + 0.25×0 + 0.15×0 = 45
    // PM:  preference absent; stories 1/4 = 25; filter 100.
    //      (0.25×25 + 0.15×100) / (0.25 + 0.15) = 21.25 / 0.4 = 53.125 → 53.1
    // Margin 53.1 − 45 = 8.1 < 10 → balanced.
    const r = scoreRoleFit(
      assess({
        ratings: { 'launch-plan': 4, battlecard: 4, prd: null },
        stories: { prd: true },
        weeklyFilter: 'pm',
      }),
      template,
    );
    expect(r.perRole.pm?.preference).toBeNull();
    expect(r.scores).toEqual({ pmm: 45, pm: 53.1 });
    expect(r.margin).toBe(8.1);
    expect(r.lean).toBe(BALANCED);
    // Strengths: favourites 0.6×75 = 45, missing-PM caveat 0.6×75 = 45,
    // filter 0.15×100 = 15, stories 0.25×(25−0) = 6.25.
    expect(r.reasons).toEqual([
      'You rated Launch plan and Battlecard 4/5, but no stories for them yet.',
      "You haven't rated any PM artifact yet, so its score leaves preference out.",
      'You would rather repeat PM work every week: prioritization, product definition and roadmap execution.',
    ]);
  });

  it('a margin exactly at the threshold is a lean', () => {
    // Filter unsure (50 each).
    // PMM ratings 4,3,3,3 → mean 3.25 → 2.25/4×100 = 56.25; stories 2/4 = 50.
    //   0.6×56.25 + 0.25×50 + 0.15×50 = 33.75 + 12.5 + 7.5 = 53.75 → 53.8
    // PM ratings 3,3,3,3 → 50; stories 1/4 = 25.
    //   0.6×50 + 0.25×25 + 0.15×50 = 30 + 6.25 + 7.5 = 43.75 → 43.8
    // Margin 53.8 − 43.8 = 10.0 ≥ 10 → PMM.
    const answers = assess({
      ratings: { ...all(PMM, 3), 'launch-plan': 4, ...all(PM, 3) },
      stories: { 'launch-plan': true, 'message-house': true, prd: true },
      weeklyFilter: 'unsure',
    });
    const r = scoreRoleFit(answers, template);
    expect(r.scores).toEqual({ pmm: 53.8, pm: 43.8 });
    expect(r.margin).toBe(10);
    expect(r.lean).toBe('pmm');
    // The same answers under a margin of 10.1 are balanced.
    const stricter = { ...template, fit: { ...template.fit, leanMargin: 10.1 } };
    expect(scoreRoleFit(answers, stricter).lean).toBe(BALANCED);
  });

  it("filter 'unsure' gives both roles 50 on the filter", () => {
    // Nothing else answered: preference absent; stories 0 (w 0.25); filter 50 (w 0.15).
    // (0.25×0 + 0.15×50) / 0.4 = 7.5 / 0.4 = 18.75 → 18.8 each.
    const r = scoreRoleFit(assess({ weeklyFilter: 'unsure' }), template);
    expect(r.perRole.pmm?.filter).toBe(50);
    expect(r.perRole.pm?.filter).toBe(50);
    expect(r.scores).toEqual({ pmm: 18.8, pm: 18.8 });
    expect(r.lean).toBe(BALANCED);
  });

  it('an empty worksheet scores 0 vs 0 with no lean', () => {
    // Only story evidence is present (0% each): 0.25×0 / 0.25 = 0.
    const r = scoreRoleFit(assess({}), template);
    expect(r.scores).toEqual({ pmm: 0, pm: 0 });
    expect(r.lean).toBe(BALANCED);
    expect(r.margin).toBe(0);
    expect(r.completeness).toEqual({ answered: 0, total: 9, pct: 0 });
    expect(r.reasons).toEqual([
      "You haven't rated any artifacts yet.",
      "You haven't marked a real story for any artifact yet.",
      "You haven't answered the weekly-work question yet.",
    ]);
  });

  it('treats a filter naming an unknown role as unanswered', () => {
    const r = scoreRoleFit(assess({ weeklyFilter: 'designer' }), template);
    expect(r.perRole.pmm?.filter).toBeNull();
    expect(r.completeness.answered).toBe(0);
  });

  it('names the average when no favourite or low ceiling stands out', () => {
    // PMM 3,3 → mean 3.0 → 50 (top rating 3 < 4: no favourites);
    // PM 3,2 → mean 2.5 → 37.5 (top rating 3 > 2: no low ceiling).
    // Gap 0.6×(50 − 37.5) = 7.5; stories 0; filter unanswered.
    const r = scoreRoleFit(
      assess({ ratings: { 'launch-plan': 3, battlecard: 3, prd: 3, 'prio-memo': 2 } }),
      template,
    );
    expect(r.reasons[0]).toBe('You rated PMM artifacts 3.0/5 on average, against 2.5/5 for PM.');
    // (0.6×50)/0.85 = 35.294… → 35.3; (0.6×37.5)/0.85 = 26.470… → 26.5; margin 8.8.
    expect(r.scores).toEqual({ pmm: 35.3, pm: 26.5 });
    expect(r.lean).toBe(BALANCED);
  });

  it('mentions the stories that exist among the favourites', () => {
    const r = scoreRoleFit(
      assess({
        ratings: { prd: 5, 'metric-tree': 5, 'roadmap-review': 5, 'launch-plan': 3 },
        stories: { prd: true },
      }),
      template,
    );
    expect(r.reasons[0]).toBe(
      'You rated PRD, Roadmap review and Metric tree 5/5 and have a story for PRD.',
    );
  });
});

// ---------------------------------------------------------------- properties

const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
/** Per artifact: absent (unanswered), null ("not sure") or 1–5. */
const ratingOrMissing = fc.option(rating, { nil: undefined });
const side = fc.record({
  ratings: fc.array(ratingOrMissing, { minLength: 4, maxLength: 4 }),
  stories: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
});
const filter = fc.constantFrom<string | null>(null, 'unsure', 'pmm', 'pm');
type Side = { ratings: (number | null | undefined)[]; stories: boolean[] };

const build = (pmm: Side, pm: Side, weeklyFilter: string | null): Assessment => {
  const ratings: Assessment['ratings'] = {};
  const stories: Assessment['stories'] = {};
  const put = (ids: readonly string[], s: Side) =>
    ids.forEach((id, i) => {
      const r = s.ratings[i];
      if (r !== undefined) ratings[id] = r;
      stories[id] = s.stories[i] ?? false;
    });
  put(PMM, pmm);
  put(PM, pm);
  return assess({ ratings, stories, weeklyFilter });
};

const swapFilter = (f: string | null) => (f === 'pmm' ? 'pm' : f === 'pm' ? 'pmm' : f);

describe('scoreRoleFit — properties', () => {
  it('keeps every score within 0..100', () => {
    fc.assert(
      fc.property(side, side, filter, (a, b, f) => {
        const r = scoreRoleFit(build(a, b, f), template);
        for (const s of Object.values(r.scores)) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100);
        }
        expect(r.reasons.length).toBeLessThanOrEqual(3);
      }),
    );
  });

  it("swapping the two roles' answers swaps the scores", () => {
    fc.assert(
      fc.property(side, side, filter, (a, b, f) => {
        const r = scoreRoleFit(build(a, b, f), template);
        const s = scoreRoleFit(build(b, a, swapFilter(f)), template);
        expect(s.scores.pmm).toBe(r.scores.pm);
        expect(s.scores.pm).toBe(r.scores.pmm);
        expect(s.margin).toBe(r.margin);
        const swappedLean = r.lean === BALANCED ? BALANCED : r.lean === 'pmm' ? 'pm' : 'pmm';
        expect(s.lean).toBe(swappedLean);
      }),
    );
  });

  it("raising one rating never lowers that role's score", () => {
    fc.assert(
      fc.property(
        side,
        side,
        filter,
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: 4 }),
        (a, b, f, index, up) => {
          const before = build(a, b, f);
          const id = [...PMM, ...PM][index] ?? 'launch-plan';
          const current = before.ratings[id];
          fc.pre(typeof current === 'number' && current < 5);
          const raised = Math.min(5, (current as number) + up);
          const after = { ...before, ratings: { ...before.ratings, [id]: raised } };
          const role = index < 4 ? 'pmm' : 'pm';
          expect(scoreRoleFit(after, template).scores[role]).toBeGreaterThanOrEqual(
            scoreRoleFit(before, template).scores[role] ?? 0,
          );
        },
      ),
    );
  });
});

describe('interviewSignal', () => {
  it("maps the role's story artifacts to its loop rounds and lists rounds with no story", () => {
    const a = assess({ stories: { battlecard: true, prd: true } });
    const s = interviewSignal(a, template, 'pmm');
    expect(s.rounds.map((r) => r.round.id)).toEqual(['screen', 'gtm-case', 'messaging']);
    const gtm = s.rounds[1];
    expect(gtm?.withStory.map((x) => x.id)).toEqual(['battlecard']);
    expect(gtm?.withoutStory.map((x) => x.id)).toEqual(['launch-plan']);
    // The recruiter screen draws on no artifact, so it is not "without a story".
    expect(s.roundsWithoutStory.map((r) => r.id)).toEqual(['messaging']);
  });

  it('lists every artifact-based round when there are no stories', () => {
    const s = interviewSignal(assess({}), template, 'pm');
    expect(s.roundsWithoutStory.map((r) => r.id)).toEqual(['product-sense']);
    expect(s.rounds[0]?.withStory).toEqual([]);
  });
});
