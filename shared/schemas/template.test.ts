/**
 * Tests for the shipped template files against `TemplateSchema`: both files
 * parse, the Amazon file carries the seed's facts and figures, and the schema
 * rejects broken templates. Reads the JSON only; must not edit it.
 */
import { describe, expect, it } from 'vitest';
import amazonJson from '../../resources/templates/amazon-pmm-vs-pm.json';
import genericJson from '../../resources/templates/generic-pmm-vs-pm.json';
import { type Template, TemplateSchema } from './template';

// Parsed here but asserted inside a test, so a broken file fails that test
// with its issue list instead of failing the whole suite at import time.
const amazonResult = TemplateSchema.safeParse(amazonJson);
const genericResult = TemplateSchema.safeParse(genericJson);
const amazon = (amazonResult.data ?? amazonJson) as Template;
const generic = (genericResult.data ?? genericJson) as Template;

/** A fresh, mutable copy of the Amazon template, for the negative tests. */
const amazonCopy = (): Template => structuredClone(amazon);

/** The paths of every issue when `input` fails to parse, or [] when it parses. */
const issuePaths = (input: unknown): string[] => {
  const result = TemplateSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

const namesFor = (t: Template, roleId: string): string[] =>
  t.artifacts.filter((a) => a.roleId === roleId).map((a) => a.name);

const roundsFor = (t: Template, roleId: string): string[] =>
  t.loopRounds.filter((r) => r.roleId === roleId).map((r) => r.name);

/** Checks the schema does not make but the app relies on. */
const checkConsistency = (t: Template): void => {
  const roleIds = t.roles.map((r) => r.id);
  const lists = [t.artifacts, t.backgrounds, t.prepChecklist, t.loopRounds, t.questions];
  for (const list of lists) {
    const ids = list.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  }
  expect(new Set(t.references.map((r) => r.id)).size).toBe(t.references.length);
  // Ids the records give a special meaning must not be role ids.
  for (const reserved of ['both', 'unsure', 'other']) expect(roleIds).not.toContain(reserved);
  // One weekly-work option per role, in role order.
  expect(t.fit.filterOptions.map((f) => f.roleId)).toEqual(roleIds);
  // A round draws only on its own role's artifacts, and every artifact feeds a round.
  const roleOf = new Map(t.artifacts.map((a) => [a.id, a.roleId]));
  for (const round of t.loopRounds) {
    for (const id of round.artifactIds) expect(roleOf.get(id)).toBe(round.roleId);
  }
  const used = new Set(t.loopRounds.flatMap((r) => r.artifactIds));
  expect(t.artifacts.filter((a) => !used.has(a.id)).map((a) => a.id)).toEqual([]);
  // Every question bank has something for each role.
  for (const id of roleIds) expect(t.questions.some((q) => q.roleId === id)).toBe(true);
  // Every figure names a known role (or none) and cites a listed source.
  const sourceUrls = new Set(t.sources.map((s) => s.url));
  for (const ref of t.references) {
    if (ref.roleId !== null) expect(roleIds).toContain(ref.roleId);
    expect(sourceUrls.has(ref.sourceUrl)).toBe(true);
  }
};

describe('amazon-pmm-vs-pm.json', () => {
  it('parses with TemplateSchema', () => {
    expect(amazonResult.error?.issues ?? []).toEqual([]);
  });

  it('identifies itself and its two roles', () => {
    expect(amazon.id).toBe('amazon-pmm-vs-pm');
    expect(amazon.format).toBe('crossroads-template');
    expect(amazon.version).toBe(1);
    expect(amazon.company).toBe('Amazon');
    expect(amazon.roles.map((r) => [r.id, r.shortName, r.name])).toEqual([
      ['pmm', 'PMM', 'Product Marketing Manager'],
      ['pm', 'PM', 'Product Manager'],
    ]);
  });

  it('holds ids that agree with each other', () => {
    checkConsistency(amazon);
  });

  it('lists the 8 PMM and 7 PM artifacts from the seed', () => {
    expect(namesFor(amazon, 'pmm')).toEqual([
      'Launch plan',
      'Message house',
      'Battlecard',
      'Sales FAQ',
      'Enablement deck',
      'Competitive analysis',
      'Launch debrief',
      'Customer FAQ',
    ]);
    expect(namesFor(amazon, 'pm')).toEqual([
      'PRD (product requirements document)',
      'Prioritization memo',
      'Roadmap review',
      'Metric tree',
      'Feature tradeoff doc',
      'Backlog plan',
      'Product metrics review',
    ]);
    for (const a of amazon.artifacts) expect(a.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('lists the seed backgrounds', () => {
    expect(amazon.backgrounds.map((b) => b.id)).toEqual([
      'product-marketing',
      'brand-strategy',
      'consulting',
      'growth',
      'product',
      'engineering',
      'analytics',
      'operations',
      'other',
    ]);
  });

  it('weights fit 0.6 / 0.25 / 0.15 with a 10-point lean margin', () => {
    expect(amazon.fit.weights).toEqual({ preference: 0.6, stories: 0.25, filter: 0.15 });
    expect(amazon.fit.leanMargin).toBe(10);
  });

  it('runs six rounds per role, in the seed order', () => {
    expect(roundsFor(amazon, 'pmm')).toEqual([
      'Recruiter screen',
      'Hiring manager',
      'GTM case study',
      'Messaging exercise',
      'Launch plan presentation',
      'Leadership-principles behavioural',
    ]);
    expect(roundsFor(amazon, 'pm')).toEqual([
      'Recruiter screen',
      'Hiring manager',
      'Product sense',
      'Execution and metrics',
      'Technical / systems',
      'Leadership-principles behavioural',
    ]);
  });

  it('sets the seed checklist targets', () => {
    const targets = Object.fromEntries(
      amazon.prepChecklist.map((p) => [p.id, [p.roleId, p.target]]),
    );
    expect(targets).toEqual({
      'launch-stories': ['pmm', 3],
      'messaging-exercises': ['pmm', 2],
      'amazon-battlecard': ['pmm', 1],
      'launch-presentation-rehearsal': ['pmm', 1],
      'sales-enablement-story': ['pmm', 1],
      // One story per principle: customer obsession, ownership, bias for action, deliver results.
      'leadership-principle-stories': ['both', 4],
      'amazon-examples': ['both', 3],
      'comp-check': ['both', 1],
      'product-sense-practice': ['pm', 3],
      'metrics-execution-practice': ['pm', 3],
      'technical-walkthrough': ['pm', 1],
    });
    // Σ target = 3+2+1+1+1 (pmm) + 4+3+1 (both) + 3+3+1 (pm) = 8 + 8 + 7 = 23.
    expect(amazon.prepChecklist.reduce((sum, p) => sum + p.target, 0)).toBe(23);
  });

  it('has four questions per role', () => {
    expect(amazon.questions.filter((q) => q.roleId === 'pmm')).toHaveLength(4);
    expect(amazon.questions.filter((q) => q.roleId === 'pm')).toHaveLength(4);
  });

  it("pre-fills Amazon's pay conventions", () => {
    const c = amazon.conventions;
    expect(c).not.toBeNull();
    expect(c?.vestingPreset).toBe('amazon');
    expect(c?.signOnPaidMonthly).toBe(true);
    expect(c?.bonusTargetPct).toBe(0);
    expect(c?.stockGrowthPct).toBe(0);
    expect(c?.clawback).toBe('prorated');
    expect(c?.currency).toBe('USD');
    expect(c?.notes.length).toBeGreaterThanOrEqual(3);
    expect(c?.notes.length).toBeLessThanOrEqual(5);
    const notes = c?.notes.join(' ') ?? '';
    expect(notes).toContain('5/15/40/40');
    expect(notes).toContain('$350K');
  });

  describe('reference figures', () => {
    const LEVELS_PMM =
      'https://www.levels.fyi/companies/amazon/salaries/marketing/title/product-marketing-manager';
    const LEVELS_PM =
      'https://www.levels.fyi/companies/amazon/salaries/product-manager/locations/united-states';
    const POSTING_PMM =
      'https://www.amazon.jobs/en/jobs/10390248/product-marketing-manager-tech-amazon-quick';
    const POSTING_PMT =
      'https://amazon.jobs/en/jobs/10404210/product-manager-technical-aws-support-and-operations';

    // Dollars × 100 = cents: $179K = 179,000 × 100 = 17,900,000; $118.6K = 118,600 × 100 = 11,860,000.
    const expected = [
      ['levels-pmm-l5-total', 'pmm', 'totalComp', 17_900_000, 17_900_000, 'USD', LEVELS_PMM],
      ['levels-pmm-l5-base', 'pmm', 'base', 13_600_000, 13_600_000, 'USD', LEVELS_PMM],
      ['levels-pm-l5-total', 'pm', 'totalComp', 19_300_000, 19_300_000, 'USD', LEVELS_PM],
      ['levels-pm-l5-base', 'pm', 'base', 14_200_000, 14_200_000, 'USD', LEVELS_PM],
      // $118.6K–$160K and $129.2K–$174.8K.
      ['posting-pmm-seattle-base', 'pmm', 'base', 11_860_000, 16_000_000, 'USD', POSTING_PMM],
      ['posting-pmt-seattle-base', 'pm', 'base', 12_920_000, 17_480_000, 'USD', POSTING_PMT],
      // A percent range, not money: 10–15%.
      ['pmm-below-pm-rule-of-thumb', null, 'gapPct', 10, 15, null, POSTING_PMM],
    ];

    it('carries each seed figure with its source', () => {
      expect(
        amazon.references.map((r) => [
          r.id,
          r.roleId,
          r.metric,
          r.low,
          r.high,
          r.currency,
          r.sourceUrl,
        ]),
      ).toEqual(expected);
    });

    it('marks the Levels.fyi figures as L5 and every figure as read on 2026-11-26', () => {
      for (const r of amazon.references) {
        expect(r.readOn).toBe('2026-11-26');
        expect(r.sourceUrl.startsWith('https://')).toBe(true);
        if (r.id.startsWith('levels-')) expect(r.level).toBe('L5');
      }
    });

    it('names both postings in the rule-of-thumb note', () => {
      const rule = amazon.references.find((r) => r.metric === 'gapPct');
      expect(rule?.note).toContain('10390248');
      expect(rule?.note).toContain('10404210');
    });

    it('lists the five seed sources', () => {
      expect(amazon.sources.map((s) => s.url)).toEqual([
        'https://www.amazon.jobs/content/en/how-we-hire/product-manager-interview-prep',
        POSTING_PMM,
        POSTING_PMT,
        LEVELS_PMM,
        LEVELS_PM,
      ]);
    });
  });
});

describe('generic-pmm-vs-pm.json', () => {
  it('parses with TemplateSchema', () => {
    expect(genericResult.error?.issues ?? []).toEqual([]);
  });

  it('is a company-neutral template with the same role ids', () => {
    expect(generic.id).toBe('generic-pmm-vs-pm');
    expect(generic.name).toBe('PMM vs PM (any company)');
    expect(generic.company).toBeNull();
    expect(generic.conventions).toBeNull();
    expect(generic.references).toEqual([]);
    expect(generic.roles.map((r) => r.id)).toEqual(['pmm', 'pm']);
  });

  it('holds ids that agree with each other', () => {
    checkConsistency(generic);
  });

  it('mentions no Amazon business anywhere', () => {
    expect(JSON.stringify(genericJson)).not.toMatch(/\b(amazon|aws)\b|leadership principle/i);
  });

  it('differs in content from the Amazon template, not only in name', () => {
    const amazonIds = new Set(amazon.artifacts.map((a) => a.id));
    expect(generic.artifacts.filter((a) => amazonIds.has(a.id))).toEqual([]);
    expect(roundsFor(generic, 'pmm')).toHaveLength(6);
    expect(roundsFor(generic, 'pm')).toHaveLength(6);
  });
});

describe('TemplateSchema rejects', () => {
  it('nothing in an unchanged copy (control for the cases below)', () => {
    expect(issuePaths(amazonCopy())).toEqual([]);
  });

  it('fit weights that do not add up to 1', () => {
    const t = amazonCopy();
    // 0.7 + 0.25 + 0.15 = 1.1.
    t.fit.weights.preference = 0.7;
    expect(issuePaths(t)).toEqual(['fit.weights']);
  });

  it('an artifact whose role is not one of the two roles', () => {
    const t = amazonCopy();
    const first = t.artifacts[0];
    if (!first) throw new Error('the Amazon template has artifacts');
    first.roleId = 'sales';
    expect(issuePaths(t)).toEqual(['artifacts.0.roleId']);
  });

  it('a source URL that is not https', () => {
    const t = amazonCopy();
    const first = t.sources[0];
    if (!first) throw new Error('the Amazon template has sources');
    first.url = 'http://www.amazon.jobs/content/en/how-we-hire/product-manager-interview-prep';
    expect(issuePaths(t)).toEqual(['sources.0.url']);
  });

  it('a reference figure whose source URL is not https', () => {
    const t = amazonCopy();
    const first = t.references[0];
    if (!first) throw new Error('the Amazon template has references');
    first.sourceUrl = first.sourceUrl.replace(/^https:/, 'http:');
    expect(issuePaths(t)).toEqual(['references.0.sourceUrl']);
  });

  it('a reference figure whose low exceeds its high', () => {
    const t = amazonCopy();
    const posting = t.references[4];
    if (!posting) throw new Error('the Amazon template has a PMM posting range');
    // $160K + 1 cent = 16,000,001 cents > high of 16,000,000.
    posting.low = 16_000_001;
    expect(issuePaths(t)).toEqual(['references.4.high']);
  });
});
