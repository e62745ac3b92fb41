/**
 * Role fit: turns the role-fit worksheet (an {@link Assessment}) into a score
 * per role, a lean, and the reasons behind it; and maps the user's stories to
 * the template's interview loop rounds.
 *
 * Owns the scoring rule from DESIGN.md and the wording of its reasons. Must not
 * read the clock, touch storage, or know about the UI: it takes a template and
 * an assessment and returns plain data.
 *
 * Rules decided here (and shown to the user by the UI):
 * - A role's score is a weighted mix of three parts, each 0..100: artifact
 *   preference, story evidence and the weekly-work filter, with the template's
 *   weights.
 * - A part with no information is absent, not zero: the remaining weights are
 *   renormalised. That applies to preference when none of the role's artifacts
 *   has a 1–5 rating ("not sure" and unrated artifacts never enter the mean),
 *   to the filter while the weekly-work question is unanswered (or names a role
 *   the template does not have), and to story evidence for a role with no
 *   artifacts. A missing story mark is a fact ("no story"), so story evidence
 *   counts as 0% rather than absent. When no part is present the score is 0, so
 *   an empty worksheet scores 0 vs 0 and leans nowhere.
 * - Scores and the margin are rounded to one decimal, half away from zero. The
 *   margin is the difference of the two rounded scores, so the numbers a user
 *   reads add up, and the lean is decided on that margin.
 */

import type { Assessment } from '../schemas/records';
import type { Artifact, LoopRoundTemplate, Role, Template } from '../schemas/template';
import { roundHalfAwayFromZero } from './money';

/** The lean when neither role leads by the template's margin. */
export const BALANCED = 'balanced';

/** The weekly-work filter answer meaning "I can't tell". */
export const FILTER_UNSURE = 'unsure';

/** One role's parts, each 0..100 rounded to one decimal, or null when absent. */
export type RoleFitDetail = {
  /** Mean of the role's 1–5 ratings scaled (mean − 1) / 4 × 100; null if none rated. */
  preference: number | null;
  /** % of the role's artifacts with a real story; null if the role has no artifacts. */
  stories: number | null;
  /** 100 if the filter names this role, 50 if unsure, 0 if the other role, null if unanswered. */
  filter: number | null;
  /** Artifacts of this role with a 1–5 rating ("not sure" excluded). */
  ratedCount: number;
  /** Artifacts of this role marked as having a story. */
  storyCount: number;
  /** Artifacts of this role in the template. */
  artifactCount: number;
};

export type RoleFitResult = {
  /** roleId → 0..100, one decimal. */
  scores: Record<string, number>;
  /** The leading role's id, or {@link BALANCED}. */
  lean: string;
  /** |score difference| in points, one decimal. */
  margin: number;
  /** Up to three plain-language reasons, most decisive first. */
  reasons: string[];
  /** Worksheet questions answered: one per artifact rating (incl. "not sure") plus the filter. */
  completeness: { answered: number; total: number; pct: number };
  perRole: Record<string, RoleFitDetail>;
};

/** Round half away from zero to one decimal; the epsilon absorbs float noise such as 43.7499999. */
const round1 = (x: number): number => roundHalfAwayFromZero(x * 10) / 10;

type RawRole = {
  role: Role;
  artifacts: Artifact[];
  /** The 1–5 ratings given, in template order. */
  ratings: { artifact: Artifact; rating: number }[];
  preference: number | null;
  stories: number | null;
  filter: number | null;
  storyCount: number;
  score: number;
};

const hasStory = (a: Assessment, artifactId: string): boolean => a.stories[artifactId] === true;

const filterPart = (a: Assessment, template: Template, roleId: string): number | null => {
  const f = a.weeklyFilter;
  if (f === null) return null;
  if (f === FILTER_UNSURE) return 50;
  if (!template.roles.some((r) => r.id === f)) return null;
  return f === roleId ? 100 : 0;
};

const scoreRole = (a: Assessment, template: Template, role: Role): RawRole => {
  const artifacts = template.artifacts.filter((x) => x.roleId === role.id);
  const ratings: RawRole['ratings'] = [];
  for (const artifact of artifacts) {
    const r = a.ratings[artifact.id];
    if (typeof r === 'number') ratings.push({ artifact, rating: r });
  }
  const mean =
    ratings.length > 0 ? ratings.reduce((s, r) => s + r.rating, 0) / ratings.length : null;
  const preference = mean === null ? null : ((mean - 1) / 4) * 100;
  const storyCount = artifacts.filter((x) => hasStory(a, x.id)).length;
  const stories = artifacts.length > 0 ? (storyCount / artifacts.length) * 100 : null;
  const filter = filterPart(a, template, role.id);

  const w = template.fit.weights;
  let num = 0;
  let den = 0;
  for (const [weight, value] of [
    [w.preference, preference],
    [w.stories, stories],
    [w.filter, filter],
  ] as const) {
    if (value === null || weight <= 0) continue;
    num += weight * value;
    den += weight;
  }
  const score = den > 0 ? num / den : 0;
  return { role, artifacts, ratings, preference, stories, filter, storyCount, score };
};

/** "a", "a and b", "a, b and c". */
const listOf = (names: readonly string[]): string => {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
};

const stripEnd = (s: string): string => s.trim().replace(/[.!;:,]+$/, '');

type Reason = { text: string; strength: number };

/** "You rated X and Y 5/5 and have stories for both." */
const favouritesReason = (a: Assessment, r: RawRole, strength: number): Reason | null => {
  const top = Math.max(...r.ratings.map((x) => x.rating));
  if (top < 4) return null;
  const favs = r.ratings.filter((x) => x.rating === top).map((x) => x.artifact);
  const withStory = favs.filter((x) => hasStory(a, x.id));
  const names = listOf(favs.map((x) => x.name));
  let tail: string;
  if (withStory.length === favs.length) {
    tail =
      favs.length === 1
        ? ' and have a story for it'
        : favs.length === 2
          ? ' and have stories for both'
          : ' and have stories for all of them';
  } else if (withStory.length > 0) {
    const storyNames = listOf(withStory.map((x) => x.name));
    tail =
      withStory.length === 1
        ? ` and have a story for ${storyNames}`
        : ` and have stories for ${storyNames}`;
  } else {
    tail = favs.length === 1 ? ', but no story for it yet' : ', but no stories for them yet';
  }
  return { text: `You rated ${names} ${top}/5${tail}.`, strength };
};

/** "No PM artifact scored above 2/5." */
const ceilingReason = (r: RawRole, strength: number): Reason | null => {
  const max = Math.max(...r.ratings.map((x) => x.rating));
  if (max > 2) return null;
  return { text: `No ${r.role.shortName} artifact scored above ${max}/5.`, strength };
};

const meanText = (r: RawRole): string =>
  (r.ratings.reduce((s, x) => s + x.rating, 0) / r.ratings.length).toFixed(1);

const preferenceReasons = (a: Assessment, w: number, x: RawRole, y: RawRole): Reason[] => {
  const out: Reason[] = [];
  const push = (r: Reason | null) => {
    if (r) out.push(r);
  };
  if (x.preference === null && y.preference === null) {
    return [{ text: "You haven't rated any artifacts yet.", strength: 0 }];
  }
  if (x.preference !== null && y.preference !== null) {
    const [hi, lo] = x.preference >= y.preference ? [x, y] : [y, x];
    const gap = w * ((hi.preference ?? 0) - (lo.preference ?? 0));
    if (gap === 0) {
      return [
        {
          text: `You rated the two roles' artifacts the same on average (${meanText(hi)}/5).`,
          strength: 0,
        },
      ];
    }
    push(favouritesReason(a, hi, gap));
    push(ceilingReason(lo, gap));
    if (out.length === 0) {
      out.push({
        text: `You rated ${hi.role.shortName} artifacts ${meanText(hi)}/5 on average, against ${meanText(lo)}/5 for ${lo.role.shortName}.`,
        strength: gap,
      });
    }
    return out;
  }
  const [rated, unrated] = x.preference !== null ? [x, y] : [y, x];
  const p = rated.preference ?? 0;
  push(favouritesReason(a, rated, w * p));
  push(ceilingReason(rated, w * (100 - p)));
  out.push({
    text: `You haven't rated any ${unrated.role.shortName} artifact yet, so its score leaves preference out.`,
    strength: w * p,
  });
  return out;
};

const storyReason = (w: number, x: RawRole, y: RawRole): Reason | null => {
  if (x.stories === null || y.stories === null) return null;
  if (x.storyCount === 0 && y.storyCount === 0) {
    return { text: "You haven't marked a real story for any artifact yet.", strength: 0 };
  }
  const [hi, lo] = x.stories >= y.stories ? [x, y] : [y, x];
  return {
    text: `You have stories for ${hi.storyCount} of ${hi.artifacts.length} ${hi.role.shortName} artifacts and ${lo.storyCount} of ${lo.artifacts.length} ${lo.role.shortName} ones.`,
    strength: w * ((hi.stories ?? 0) - (lo.stories ?? 0)),
  };
};

const filterReason = (a: Assessment, template: Template, w: number): Reason => {
  const f = a.weeklyFilter;
  if (f === FILTER_UNSURE) {
    return {
      text: "You're unsure which kind of weekly work you would rather repeat.",
      strength: 0,
    };
  }
  const role = template.roles.find((r) => r.id === f);
  if (!role) return { text: "You haven't answered the weekly-work question yet.", strength: 0 };
  const label = template.fit.filterOptions.find((o) => o.roleId === role.id)?.label;
  const text = label
    ? `You would rather repeat ${role.shortName} work every week: ${stripEnd(label)}.`
    : `You would rather repeat ${role.shortName} work every week.`;
  return { text, strength: w * 100 };
};

/**
 * Score how well each of the template's two roles fits the user's answers.
 *
 * Per role (each part 0..100): preference = (mean of the role's 1–5 ratings − 1)
 * / 4 × 100, story evidence = % of the role's artifacts with a story, filter =
 * 100 / 50 / 0 for this role / unsure / the other role. Score = Σ weight × part
 * / Σ weight over the parts present (see the module header for "absent").
 * The lean is the leading role when the margin ≥ `template.fit.leanMargin`.
 *
 * Invariants: every score is within 0..100; swapping the two roles' answers
 * swaps their scores; raising one rating never lowers that role's score.
 * Reasons: at most three, strongest first, where a reason's strength is the
 * number of score points the fact behind it moves.
 */
export const scoreRoleFit = (assessment: Assessment, template: Template): RoleFitResult => {
  const [roleA, roleB] = template.roles;
  const a = scoreRole(assessment, template, roleA);
  const b = scoreRole(assessment, template, roleB);
  const scoreA = round1(a.score);
  const scoreB = round1(b.score);
  const margin = round1(Math.abs(scoreA - scoreB));
  const lean =
    margin >= template.fit.leanMargin && scoreA !== scoreB
      ? scoreA > scoreB
        ? roleA.id
        : roleB.id
      : BALANCED;

  const w = template.fit.weights;
  const candidates: Reason[] = [
    ...preferenceReasons(assessment, w.preference, a, b),
    ...[storyReason(w.stories, a, b)].filter((r): r is Reason => r !== null),
    filterReason(assessment, template, w.filter),
  ];
  // Array.prototype.sort is stable, so equal strengths keep the order above.
  const reasons = candidates
    .sort((p, q) => q.strength - p.strength)
    .slice(0, 3)
    .map((r) => r.text);

  let answered = template.artifacts.filter((x) => Object.hasOwn(assessment.ratings, x.id)).length;
  if (filterPart(assessment, template, roleA.id) !== null) answered += 1;
  const total = template.artifacts.length + 1;

  const detail = (r: RawRole): RoleFitDetail => ({
    preference: r.preference === null ? null : round1(r.preference),
    stories: r.stories === null ? null : round1(r.stories),
    filter: r.filter,
    ratedCount: r.ratings.length,
    storyCount: r.storyCount,
    artifactCount: r.artifacts.length,
  });

  return {
    scores: { [roleA.id]: scoreA, [roleB.id]: scoreB },
    lean,
    margin,
    reasons,
    completeness: { answered, total, pct: Math.round((answered / total) * 100) },
    perRole: { [roleA.id]: detail(a), [roleB.id]: detail(b) },
  };
};

/** One loop round and the user's story coverage for it. */
export type RoundSignal = {
  round: LoopRoundTemplate;
  /** The round's artifacts the user has a story for, in the round's order. */
  withStory: Artifact[];
  /** The round's artifacts with no story yet. */
  withoutStory: Artifact[];
};

export type InterviewSignal = {
  roleId: string;
  /** Every loop round of the role, in template order. */
  rounds: RoundSignal[];
  /**
   * Rounds that draw on at least one artifact but have no story yet. Rounds
   * listing no artifacts (a recruiter screen, say) never appear here.
   */
  roundsWithoutStory: LoopRoundTemplate[];
};

/**
 * For each of `roleId`'s loop rounds in the template: which of the round's
 * artifacts the user has stories for, and which rounds have none yet.
 * Artifact ids the template does not define are skipped.
 */
export const interviewSignal = (
  assessment: Assessment,
  template: Template,
  roleId: string,
): InterviewSignal => {
  const byId = new Map(template.artifacts.map((x) => [x.id, x]));
  const rounds = template.loopRounds
    .filter((r) => r.roleId === roleId)
    .map((round): RoundSignal => {
      const artifacts = round.artifactIds
        .map((id) => byId.get(id))
        .filter((x): x is Artifact => x !== undefined);
      return {
        round,
        withStory: artifacts.filter((x) => hasStory(assessment, x.id)),
        withoutStory: artifacts.filter((x) => !hasStory(assessment, x.id)),
      };
    });
  return {
    roleId,
    rounds,
    roundsWithoutStory: rounds
      .filter((r) => r.withStory.length === 0 && r.withoutStory.length > 0)
      .map((r) => r.round),
  };
};
