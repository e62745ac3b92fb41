/**
 * The offer-letter extractor: reads the plain text of an offer letter or a
 * recruiter's email and finds the figures an offer is made of — base salary,
 * sign-on by year, bonus target, RSU grant (value, or units and a share
 * price), vesting, start date, deadline, level, title, location, currency
 * and the sign-on repayment rule — each with the exact place in the text it
 * came from. It never invents a figure: every value is read from, or worked
 * out from, the text its span points at, and the working is stated in `rule`.
 * Pure and total: no network, no model, no clock; it never throws.
 */
import type { Clawback, VestingPreset } from '../../schemas/template';
import {
  type DateToken,
  findDates,
  findMoney,
  findPercents,
  type MoneyToken,
  type PercentToken,
} from './tokens';

/** Where a figure came from: `[from, to)` in the text; line and column are 1-based. */
export type SourceSpan = {
  from: number;
  to: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
};

/** One figure read from the letter. */
export type Found<V> = {
  value: V;
  /** The exact characters the value was read from. */
  raw: string;
  span: SourceSpan;
  /** True for a clear match (ticked by default); false needs the user's eye. */
  clear: boolean;
  /** Why a match is not clear, in a sentence; null when it is. */
  reason: string | null;
  /** How the value was worked out from the text, when it is not the text itself. */
  rule: string | null;
};

export type LetterVesting = {
  preset: VestingPreset;
  /** Percent per year, adding up to 100. */
  yearPct: number[];
  /** How often shares vest after any cliff, when the letter says. */
  cadence: 'monthly' | 'quarterly' | 'semiannual' | 'yearly' | null;
};

export type LetterFields = {
  /** Yearly base salary, minor units. */
  baseSalary: Found<number>;
  signOnYear1: Found<number>;
  signOnYear2: Found<number>;
  /** The sign-on is paid in monthly instalments. */
  signOnPaidMonthly: Found<boolean>;
  bonusTargetPct: Found<number>;
  /** The whole grant's value at grant date, minor units. */
  rsuGrantValue: Found<number>;
  /** Number of RSUs granted, when the letter gives units. */
  rsuUnits: Found<number>;
  /** Share price the letter names for converting units, minor units. */
  sharePrice: Found<number>;
  vesting: Found<LetterVesting>;
  startDate: Found<string>;
  deadline: Found<string>;
  level: Found<string>;
  title: Found<string>;
  location: Found<string>;
  currency: Found<string>;
  clawback: Found<Clawback>;
};
export type LetterField = keyof LetterFields;

/** The fields a review shows, in the order an offer is read (units and price go with the grant). */
export const LETTER_REVIEW_FIELDS: readonly LetterField[] = [
  'title',
  'level',
  'location',
  'currency',
  'baseSalary',
  'signOnYear1',
  'signOnYear2',
  'signOnPaidMonthly',
  'bonusTargetPct',
  'rsuGrantValue',
  'vesting',
  'startDate',
  'deadline',
  'clawback',
];

/** Fields the review lists as "not found — enter by hand" when missing. */
export const LETTER_FIELDS: readonly LetterField[] = LETTER_REVIEW_FIELDS.filter(
  (f) => f !== 'signOnPaidMonthly',
);

/** Something the reader should know that is not a figure (e.g. options, not RSUs). */
export type LetterNote = { text: string; span: SourceSpan | null };

export type LetterExtraction = {
  fields: Partial<LetterFields>;
  /** Fields of {@link LETTER_FIELDS} the letter did not give. */
  notFound: LetterField[];
  notes: LetterNote[];
  /** The grant was given in units and no share price was found: ask for one. */
  needsSharePrice: boolean;
};

/** Working hours in a year for an hourly rate: 40 hours × 52 weeks. */
export const HOURS_PER_YEAR = 2080;

// ------------------------------------------------------------ positions

const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
};

const position = (starts: readonly number[], at: number): [number, number] => {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return [lo + 1, at - (starts[lo] ?? 0) + 1];
};

const spanOf = (starts: readonly number[], from: number, to: number): SourceSpan => {
  const [line, column] = position(starts, from);
  const [endLine, endColumn] = position(starts, Math.max(from, to - 1));
  return { from, to, line, column, endLine, endColumn: endColumn + 1 };
};

// ------------------------------------------------------------ clauses

/**
 * A stretch of text read as one statement: a sentence, a bullet, a table row.
 * Prose wrapped across lines (PDF text, quoted email) is joined back up; a
 * bullet, a table row or a short label line stands alone.
 */
type Clause = { from: number; to: number; text: string };

const LABEL = /^\s*[A-Z][\w ()'/-]{1,40}:\s/;
const BULLET = /^\s*(?:[-*•·–]|\d{1,2}[.)]|[|>])\s*/;

const clausesOf = (text: string): Clause[] => {
  const out: Clause[] = [];
  const lines = text.split('\n');
  let offset = 0;
  let current: { from: number; to: number } | null = null;
  const flush = () => {
    if (current) splitSentences(text, current.from, current.to, out);
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const from = offset;
    const to = offset + line.length;
    offset = to + 1;
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    const standsAlone =
      BULLET.test(line) || line.includes('\t') || line.includes('|') || LABEL.test(line);
    if (current && !standsAlone) {
      const prev = text.slice(current.from, current.to).trimEnd();
      const prevLine = text.slice(text.lastIndexOf('\n', current.to - 1) + 1, current.to);
      const continues =
        prevLine.trim().length >= 40 && !/[.:;!?]$/.test(prev) && !BULLET.test(prevLine);
      if (continues) {
        current.to = to;
        continue;
      }
    }
    flush();
    current = { from, to };
    if (standsAlone) flush();
  }
  flush();
  return out;
};

/** Splits `[from, to)` at sentence ends (". " before a capital, ";", "|", tab). */
const splitSentences = (text: string, from: number, to: number, out: Clause[]): void => {
  const body = text.slice(from, to);
  const re =
    /(?<!\b(?:Inc|Ltd|Co|St|No|approx|ca|Nr|z\.B|e\.g|i\.e|Mr|Ms|Dr|U\.S|\b\d{1,2}))[.!?](?=\s+[A-Z(“"])|;/g;
  let start = 0;
  for (const m of body.matchAll(re)) {
    const end = (m.index ?? 0) + 1;
    pushClause(text, from + start, from + end, out);
    start = end;
  }
  pushClause(text, from + start, to, out);
};

const pushClause = (text: string, from: number, to: number, out: Clause[]): void => {
  const slice = text.slice(from, to);
  if (slice.trim() === '') return;
  out.push({ from, to, text: slice });
};

// ------------------------------------------------------------ kinds of money

type Kind = 'base' | 'signon' | 'bonus' | 'rsu' | 'options' | 'price' | 'excluded' | 'total';

/** Keywords that say what a nearby amount is. Order matters: earlier wins on ties. */
const KIND_WORDS: ReadonlyArray<[Kind, RegExp]> = [
  [
    'excluded',
    /\b(?:401\s?\(?k\)?|retirement|pension|relocation|relocate|moving|allowance|stipend|benefits?|insurance|health|dental|vision|reimburse\w*|match(?:ing)?|wellness|commuter|equipment|home office|pto|holiday pay|life assurance|umzug\w*|zuschuss|betriebliche|altersvorsorge|per diem|learning budget|training budget|car allowance)\b/gi,
  ],
  [
    'signon',
    /\b(?:(?:one[- ]time )?(?:sign[- ]?on|signing|sign[- ]up|hiring|joining|welcome|starting|new[- ]hire)(?:[- ]on)?(?: cash)? bonus(?:es)?|sign[- ]?on|signing|antrittsprämie|einmalzahlung|golden hello)\b/gi,
  ],
  [
    'options',
    /\b(?:stock options?|share options?|options? to purchase|incentive stock options?|ISOs?|NSOs?|strike price|exercise price)\b/g,
  ],
  [
    'price',
    /\b(?:per share|share price|stock price|closing price|price per share|a share|each share)\b/gi,
  ],
  [
    'rsu',
    /\b(?:RSUs?|restricted stock(?: units?)?|stock units?|equity grant|equity award|stock award|share award|stock grant|new[- ]hire grant|grant of|equity|aktienzuteilung)\b/gi,
  ],
  [
    'bonus',
    /\b(?:target bonus|annual bonus|performance bonus|bonus target|variable (?:pay|compensation)|incentive bonus|bonus|zielbonus|jahresbonus|variable vergütung)\b/gi,
  ],
  [
    'total',
    /\b(?:total (?:compensation|comp|package|target|value)|in total|totalling|total of|first[- ]year (?:total|compensation)|estimated|approximately|approx\.?|about|equivalent|ca\.|roughly)\b/gi,
  ],
  [
    'base',
    /\b(?:base salary|base pay|base compensation|annual salary|salary|base|annual base|pay rate|hourly rate|rate of|grundgehalt|jahresgehalt|bruttojahresgehalt|jahresbruttogehalt|gehalt|wage)\b/gi,
  ],
];

type Hit = { kind: Kind; from: number; to: number };

const kindHits = (s: string): Hit[] => {
  const hits: Hit[] = [];
  for (const [kind, re] of KIND_WORDS) {
    for (const m of s.matchAll(re)) {
      const from = m.index ?? 0;
      hits.push({ kind, from, to: from + m[0].length });
    }
  }
  hits.sort((a, b) => a.from - b.from);
  // An overlapping longer hit of an earlier kind wins ("sign-on bonus" is sign-on).
  return hits.filter(
    (h) =>
      !hits.some(
        (o) =>
          o !== h &&
          o.from <= h.from &&
          o.to >= h.to &&
          (o.to - o.from > h.to - h.from ||
            KIND_WORDS.findIndex(([k]) => k === o.kind) <
              KIND_WORDS.findIndex(([k]) => k === h.kind)),
      ),
  );
};

/** What an amount at `[at, end)` of a clause is: the nearest keyword before it, else after. */
const kindAt = (
  hits: readonly Hit[],
  lo: number,
  at: number,
  end: number,
  hi: number,
  between: (a: number, b: number) => string,
): Kind | null => {
  const before = hits.filter((h) => h.to <= at && h.from >= lo);
  // "about", "approximately" just before an amount make it a restatement.
  const last = before[before.length - 1];
  const closeTotal = before.find((h) => h.kind === 'total' && at - h.to <= 4);
  if (closeTotal) return 'total';
  const meaningful = before.filter((h) => h.kind !== 'total');
  if (before.some((h) => h.kind === 'excluded') && last?.kind === 'excluded') return 'excluded';
  const after = hits.filter((h) => h.from >= end && h.to <= hi && h.kind !== 'total');
  const afterNear = after[0];
  // "$60,000 sign-on" — a keyword right after the amount names it.
  const gap = afterNear ? between(end, afterNear.from) : '';
  if (afterNear && afterNear.from - end <= 16 && afterNear.kind !== 'base' && !/[,;:]/.test(gap)) {
    return afterNear.kind;
  }
  const pick = meaningful[meaningful.length - 1];
  if (pick) return pick.kind;
  if (last?.kind === 'total') return 'total';
  return afterNear?.kind ?? null;
};

// ------------------------------------------------------------ candidates

type Candidate<V> = {
  value: V;
  raw: string;
  from: number;
  to: number;
  rule: string | null;
  clear: boolean;
  reason: string | null;
};

const YEAR1 =
  /\b(?:first|1st|year (?:one|1)|initial|upon (?:joining|hire|start)|on your start|first paycheck|within 30 days|year-one)\b/i;
const YEAR2 =
  /\b(?:second|2nd|year (?:two|2)|first anniversary|after (?:12|twelve) months|one[- ]year anniversary|year-two)\b/i;
const MONTHLY =
  /\b(?:per month|a month|monthly|\/\s?month|\/\s?mo|monatlich|pro monat|each month|per calendar month)\b/i;
const HOURLY = /\b(?:per hour|an hour|hourly|\/\s?h(?:ou)?r|pro stunde)\b/i;
const YEARLY =
  /\b(?:per year|a year|per annum|annually|annual|yearly|\/\s?y(?:ea)?r|p\.a\.|jährlich|brutto)\b/i;

const fmt = (cents: number, currency: string | null): string => {
  const units = (cents / 100).toLocaleString('en-US', {
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  });
  return currency ? `${currency} ${units}` : units;
};

/**
 * Reads the plain text of an offer letter and returns every figure it can
 * place, each with its source span. Never throws; text of any size or shape
 * gives a (possibly empty) extraction. Money values are minor units of the
 * letter's currency (the base salary's currency, else the first one seen).
 */
export function extractOfferLetter(text: string): LetterExtraction {
  try {
    return extractUnsafe(typeof text === 'string' ? text : '');
  } catch {
    return { fields: {}, notFound: [...LETTER_FIELDS], notes: [], needsSharePrice: false };
  }
}

const extractUnsafe = (text: string): LetterExtraction => {
  const starts = lineStarts(text);
  const clauses = clausesOf(text);
  const notes: LetterNote[] = [];
  const money = findMoney(text);
  const base: Candidate<number>[] = [];
  const signOn1: Candidate<number>[] = [];
  const signOn2: Candidate<number>[] = [];
  const signOnAny: Candidate<number>[] = [];
  const rsuValue: Candidate<number>[] = [];
  const prices: Candidate<number>[] = [];
  const bonusMoney: Candidate<number>[] = [];
  const currencies = new Map<string, MoneyToken>();
  let monthlySignOn: Clause | null = null;
  let optionsClause: Clause | null = null;

  let cursor = 0;
  for (const clause of clauses) {
    const lower = clause.text.toLowerCase();
    const hits = kindHits(clause.text);
    // Clauses and amounts are both in text order: walk them together (linear, not clauses × amounts).
    while (cursor < money.length && (money[cursor]?.from ?? 0) < clause.from) cursor++;
    const inClause: MoneyToken[] = [];
    for (let k = cursor; k < money.length; k++) {
      const m = money[k];
      if (!m || m.from >= clause.to) break;
      if (m.to <= clause.to) inClause.push(m);
    }
    let prevKind: Kind | null = null;
    let prevEnd = 0;
    if (hits.some((h) => h.kind === 'options')) optionsClause ??= clause;
    if (
      hits.some((h) => h.kind === 'signon') &&
      /\bmonthly\b|\binstal?lments?\b.*\bmonth|\bper month\b/i.test(lower)
    ) {
      monthlySignOn ??= clause;
    }
    for (let i = 0; i < inClause.length; i++) {
      const m = inClause[i];
      if (!m) continue;
      const at = m.from - clause.from;
      const end = m.to - clause.from;
      const nextStart = (inClause[i + 1]?.from ?? clause.to) - clause.from;
      // In parentheses right after another amount: a conversion, not a figure.
      if (
        i > 0 &&
        /\(\s*(?:approx\w*\.?|about|ca\.|≈|~)?\s*$/.test(clause.text.slice(prevEnd, at))
      ) {
        prevEnd = end;
        continue;
      }
      let kind = kindAt(hits, prevEnd, at, end, nextStart, (a, b) => clause.text.slice(a, b));
      const around = clause.text.slice(prevEnd, nextStart);
      if (kind === null && prevKind === 'signon' && (YEAR1.test(around) || YEAR2.test(around))) {
        kind = 'signon';
      }
      if (
        kind === 'rsu' &&
        /\bper share\b|\ba share\b|\beach\b/i.test(clause.text.slice(end, end + 14))
      ) {
        kind = 'price';
      }
      if (
        m.currency &&
        (kind === 'base' || kind === 'signon' || kind === 'rsu' || kind === 'bonus')
      ) {
        if (!currencies.has(m.currency)) currencies.set(m.currency, m);
      }
      const cand = (value: number, rule: string | null): Candidate<number> => ({
        value,
        raw: m.raw,
        from: m.from,
        to: m.to,
        rule,
        clear: true,
        reason: null,
      });
      const after = clause.text.slice(end, Math.min(nextStart, end + 40));
      switch (kind) {
        case 'base': {
          if (HOURLY.test(after)) {
            base.push(
              cand(
                Math.round(m.cents * HOURS_PER_YEAR),
                `${fmt(m.cents, m.currency)} an hour × ${HOURS_PER_YEAR} hours (40 hours × 52 weeks)`,
              ),
            );
          } else if (MONTHLY.test(after) && !YEARLY.test(after)) {
            base.push(cand(m.cents * 12, `${fmt(m.cents, m.currency)} a month × 12 months`));
          } else {
            base.push(cand(m.cents, null));
          }
          break;
        }
        case 'signon': {
          const window = clause.text.slice(prevEnd, nextStart);
          const y2 = YEAR2.test(window.slice(Math.max(0, at - prevEnd - 40)));
          const y1 = YEAR1.test(window);
          if (y2 && !/\bfirst\b|\byear (?:one|1)\b/i.test(clause.text.slice(end, nextStart))) {
            signOn2.push(cand(m.cents, null));
          } else if (y1) signOn1.push(cand(m.cents, null));
          else signOnAny.push(cand(m.cents, null));
          break;
        }
        case 'rsu': {
          if (optionsInWindow(clause.text.slice(prevEnd, nextStart))) break;
          if (
            /^\s*(?:per year|each year|a year|annually|per annum|yearly|\/\s?y(?:ea)?r)\b/i.test(
              after,
            )
          ) {
            rsuValue.push({
              ...cand(m.cents * 4, `${fmt(m.cents, m.currency)} a year × 4 years`),
              clear: false,
              reason:
                'The letter gives the grant as a yearly figure; check it vests over four years.',
            });
          } else rsuValue.push(cand(m.cents, null));
          break;
        }
        case 'price':
          prices.push(cand(m.cents, null));
          break;
        case 'bonus':
          bonusMoney.push(cand(m.cents, null));
          break;
        default:
          break;
      }
      prevKind = kind;
      prevEnd = end;
    }
  }

  const fields: Partial<LetterFields> = {};
  const found = <V>(c: Candidate<V>): Found<V> => ({
    value: c.value,
    raw: text.slice(c.from, c.to),
    span: spanOf(starts, c.from, c.to),
    clear: c.clear,
    reason: c.reason,
    rule: c.rule,
  });
  const pickOne = <V>(cands: Candidate<V>[], what: string): Found<V> | undefined => {
    const first = cands[0];
    if (!first) return undefined;
    const other = cands.find((c) => c.value !== first.value);
    if (!other) return found(first); // the same figure restated counts once
    const [l2] = position(starts, other.from);
    return {
      ...found(first),
      clear: false,
      reason: `The letter gives ${what} twice with different figures; the other is “${other.raw}” on line ${l2}.`,
    };
  };

  // Currency: the base salary's, else the first pay figure's.
  const baseFound = pickOne(base, 'the base salary');
  const baseToken = baseFound ? money.find((m) => m.from === baseFound.span.from) : undefined;
  const currencyToken = baseToken?.currency ? baseToken : [...currencies.values()][0];
  const currency = currencyToken?.currency ?? null;
  const sameCurrency = <V>(c: Candidate<V>): boolean => {
    const tok = money.find((m) => m.from === c.from);
    return !tok?.currency || !currency || tok.currency === currency;
  };
  if (currencyToken && currency) {
    fields.currency = {
      value: currency,
      raw: currencyToken.raw,
      span: spanOf(starts, currencyToken.from, currencyToken.to),
      clear: true,
      reason: null,
      rule: null,
    };
  }
  if (currencies.size > 1) {
    notes.push({
      text: `The letter names more than one currency (${[...currencies.keys()].join(', ')}); figures in ${currency} are used, the others are left out.`,
      span: null,
    });
  }
  const only = <V>(cands: Candidate<V>[]): Candidate<V>[] => cands.filter(sameCurrency);

  if (baseFound) fields.baseSalary = baseFound;

  // Sign-on: a total without a year that equals year 1 + year 2 is the sum, not a third figure.
  const s1 = only(signOn1);
  const s2 = only(signOn2);
  const sAny = only(signOnAny).filter(
    (c) => !(s1[0] && s2[0] && c.value === s1[0].value + s2[0].value),
  );
  const y1 = pickOne(s1.length > 0 ? s1 : sAny, 'the first-year sign-on');
  if (y1) fields.signOnYear1 = y1;
  const y2 = pickOne(s2, 'the second-year sign-on');
  if (y2) fields.signOnYear2 = y2;
  if (monthlySignOn && (y1 || y2)) {
    const c = monthlySignOn as Clause;
    const m = /monthly|instal?lments?|per month/i.exec(c.text);
    const from = c.from + (m?.index ?? 0);
    fields.signOnPaidMonthly = {
      value: true,
      raw: text.slice(from, from + (m?.[0].length ?? 0)),
      span: spanOf(starts, from, from + (m?.[0].length ?? 0)),
      clear: true,
      reason: null,
      rule: null,
    };
  }

  // Bonus target: a percent next to a bonus word, else a bonus amount as a share of base.
  const bonusPct = findBonusPercent(text, clauses);
  if (bonusPct) fields.bonusTargetPct = found(bonusPct);
  else {
    const b = pickOne(only(bonusMoney), 'the bonus');
    if (b && fields.baseSalary && fields.baseSalary.value > 0) {
      const pct = Math.round((b.value / fields.baseSalary.value) * 10000) / 100;
      fields.bonusTargetPct = {
        ...b,
        value: pct,
        rule: `${fmt(b.value, currency)} ÷ base ${fmt(fields.baseSalary.value, currency)} × 100, to two decimals`,
      };
    }
  }

  // RSUs: a value, or units × a share price named in the letter.
  const units = optionsClause ? null : findUnits(text, clauses);
  const grant = pickOne(only(rsuValue), 'the RSU grant');
  const price = pickOne(only(prices), 'the share price');
  let needsSharePrice = false;
  if (units) {
    fields.rsuUnits = found(units);
    if (price) fields.sharePrice = price;
  }
  if (grant) fields.rsuGrantValue = grant;
  else if (units && price) {
    fields.rsuGrantValue = {
      ...found(units),
      value: Math.round(units.value * price.value),
      rule: `${units.value.toLocaleString('en-US')} units × ${fmt(price.value, money.find((m) => m.from === price.span.from)?.currency ?? currency)} a share (the price named on line ${price.span.line})`,
    };
  } else if (units) needsSharePrice = true;
  if (optionsClause) {
    notes.push({
      text: 'The letter grants stock options, not RSUs. Options are worth only what the share price rises above their strike price, so they were not entered as an RSU grant — add them yourself if you want to count them.',
      span: spanOf(starts, optionsClause.from, optionsClause.to),
    });
  }

  const vesting = findVesting(clauses);
  if (vesting) fields.vesting = found(vesting);

  const dayFirst = currency === 'GBP' || currency === 'EUR';
  const dates = findDates(text, dayFirst);
  const start = findDate(clauses, dates, START_WORDS);
  if (start) fields.startDate = found(start);
  const deadline = findDate(clauses, dates, DEADLINE_WORDS);
  if (deadline && deadline.from !== start?.from) fields.deadline = found(deadline);

  const level = findText(text, LEVEL_RES);
  if (level) fields.level = found(level);
  const title = findText(text, TITLE_RES);
  if (title) fields.title = found(title);
  const location = findText(text, LOCATION_RES);
  if (location) fields.location = found(location);
  const clawback = findClawback(clauses);
  if (clawback) fields.clawback = found(clawback);

  const notFound = LETTER_FIELDS.filter((f) => fields[f] === undefined);
  return { fields, notFound, notes, needsSharePrice };
};

// ------------------------------------------------------------ helpers

const optionsInWindow = (s: string): boolean =>
  /\b(?:stock options?|share options?|options? to purchase|strike|exercise price)\b/i.test(s);

const findBonusPercent = (text: string, clauses: readonly Clause[]): Candidate<number> | null => {
  for (const clause of clauses) {
    const hits = kindHits(clause.text);
    if (!hits.some((h) => h.kind === 'bonus')) continue;
    for (const p of findPercents(clause.text)) {
      const kind = kindAt(hits, 0, p.from, p.to, clause.text.length, (a, b) =>
        clause.text.slice(a, b),
      );
      if (kind !== 'bonus') continue;
      if (p.pct <= 0 || p.pct > 200) continue;
      const from = clause.from + p.from;
      return {
        value: p.pct,
        raw: text.slice(from, from + p.raw.length),
        from,
        to: from + p.raw.length,
        rule: null,
        clear: true,
        reason: null,
      };
    }
  }
  return null;
};

const UNITS_RE =
  /(?<![\d.,$€£])(\d{1,3}(?:[,.']\d{3})+|\d+)\s+(?:\(\w[\w\s]*\)\s+)?(?:restricted stock units|RSUs?|units|shares of (?:restricted|[A-Z][\w.,]*\s?)+stock|restricted shares)\b/g;

const findUnits = (text: string, clauses: readonly Clause[]): Candidate<number> | null => {
  for (const clause of clauses) {
    for (const m of clause.text.matchAll(UNITS_RE)) {
      const n = Number((m[1] ?? '').replace(/[,.']/g, ''));
      if (!Number.isInteger(n) || n <= 0) continue;
      const from = clause.from + (m.index ?? 0);
      const to = from + (m[1] ?? '').length;
      return {
        value: n,
        raw: text.slice(from, to),
        from,
        to,
        rule: null,
        clear: true,
        reason: null,
      };
    }
  }
  return null;
};

const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
};

const evenSplit = (years: number): number[] => {
  const each = Math.floor(10000 / years) / 100;
  const out = Array.from({ length: years }, () => each);
  out[years - 1] = Math.round((100 - each * (years - 1)) * 100) / 100;
  return out;
};

/** How much a vesting reading says: the fullest statement in the letter wins. */
const VESTING_RANK: Record<VestingPreset, number> = { amazon: 3, 'even-cliff': 2, custom: 1 };

const findVesting = (clauses: readonly Clause[]): Candidate<LetterVesting> | null => {
  let best: Candidate<LetterVesting> | null = null;
  const rank = (c: Candidate<LetterVesting>): number =>
    VESTING_RANK[c.value.preset] + (c.value.preset === 'custom' && c.rule === 'list' ? 1 : 0);
  for (let i = 0; i < clauses.length; i++) {
    const c = readVesting(clauses, i);
    if (c && (!best || rank(c) > rank(best))) best = c;
  }
  return best ? { ...best, rule: null } : null;
};

const readVesting = (clauses: readonly Clause[], i: number): Candidate<LetterVesting> | null => {
  const clause = clauses[i];
  if (!clause || !/\bvest|\bRSUs?\b.*\bover\b/i.test(clause.text)) return null;
  if (/\boptions?\b/i.test(clause.text)) return null;
  // Read the vesting statement with the clause after it (schedules often run on).
  const next = clauses[i + 1];
  const joined = next && /%|\bvest|\bquarterly\b|\bmonthly\b|\bcliff/i.test(next.text);
  // …and with the two before it ("Your grant vests over four years; … It vests 25% after a cliff").
  const before = [clauses[i - 2], clauses[i - 1]]
    .filter((c): c is Clause => c !== undefined && /\bvest|\bRSU|\bgrant/i.test(c.text))
    .map((c) => c.text)
    .join(' ');
  const s = `${before} ${clause.text}${joined ? ` ${next.text}` : ''}`;
  const to = joined ? next.to : clause.to;
  const pcts = findPercents(s).map((p: PercentToken) => p.pct);
  const cadence = /\bmonthly\b|\beach month\b|\bevery month\b/i.test(s)
    ? 'monthly'
    : /\bquarterly\b|\beach quarter\b|\bevery (?:three|3) months\b/i.test(s)
      ? 'quarterly'
      : /\bsemi-?annual\w*\b|\bevery (?:six|6) months\b/i.test(s)
        ? 'semiannual'
        : /\bannual(?:ly)?\b|\beach year\b|\byearly\b/i.test(s)
          ? 'yearly'
          : null;
  const vestingCand = (
    value: LetterVesting,
    rule: string | null = null,
  ): Candidate<LetterVesting> => ({
    value,
    raw: '',
    from: clause.from,
    to,
    rule,
    clear: true,
    reason: null,
  });
  if (pcts.includes(5) && pcts.includes(15) && (pcts.includes(40) || pcts.includes(20))) {
    return vestingCand({
      preset: 'amazon',
      yearPct: [5, 15, 40, 40],
      cadence: cadence ?? 'semiannual',
    });
  }
  const sum = pcts.reduce((a, b) => a + b, 0);
  if (pcts.length >= 2 && pcts.length <= 10 && Math.abs(sum - 100) < 1e-9) {
    return vestingCand({ preset: 'custom', yearPct: pcts, cadence }, 'list');
  }
  const yearsMatch =
    /\bover (?:a |the next )?(two|three|four|five|[2-5])[- ](?:years?|year period)\b|\b(two|three|four|five|[2-5])-year vesting\b/i.exec(
      s,
    );
  const years = NUMBER_WORDS[(yearsMatch?.[1] ?? yearsMatch?.[2] ?? '').toLowerCase()];
  if (!years) return null;
  const cliff =
    !/\bno cliff\b|\bwithout (?:a |any )?cliff\b/i.test(s) &&
    /\bcliff\b|\bafter (?:your |the )?(?:first|one) year\b|\bfirst anniversary\b|\bafter (?:12|twelve) months\b/i.test(
      s,
    );
  const yearPct = evenSplit(years);
  if (cliff && years === 4) return vestingCand({ preset: 'even-cliff', yearPct, cadence });
  return vestingCand({ preset: 'custom', yearPct, cadence });
};

const START_WORDS =
  /\b(?:start(?:ing)? date|start on|start work|first day|begin(?:ning)?|commence\w*|joining date|date of joining|employment will start|eintritt\w*|beginn|arbeitsbeginn|starting on|to start)\b/gi;
const DEADLINE_WORDS =
  /\b(?:accept\w*|confirm\w*|sign and return|countersign\w*|respond|reply|expires?|deadline|valid until|open until|no later than|gültig bis|annahme\w*|unterschrieb\w*|bis zum|decision by|let us know by)\b/gi;

const findDate = (
  clauses: readonly Clause[],
  dates: readonly DateToken[],
  words: RegExp,
): Candidate<string> | null => {
  for (const clause of clauses) {
    const inClause = dates.filter((d) => d.from >= clause.from && d.to <= clause.to);
    if (inClause.length === 0) continue;
    const startHits = [...clause.text.matchAll(START_WORDS)].map((m) => m.index ?? 0);
    const deadlineHits = [...clause.text.matchAll(DEADLINE_WORDS)].map((m) => m.index ?? 0);
    const mine = words === START_WORDS ? startHits : deadlineHits;
    const theirs = words === START_WORDS ? deadlineHits : startHits;
    for (const d of inClause) {
      const at = d.from - clause.from;
      const nearest = (hits: number[]) => Math.min(...hits.map((h) => (h <= at ? at - h : 10_000)));
      const mineDist = nearest(mine);
      if (mineDist >= 10_000) continue;
      if (nearest(theirs) < mineDist) continue;
      return {
        value: d.iso,
        raw: d.raw,
        from: d.from,
        to: d.to,
        rule: null,
        clear: true,
        reason: null,
      };
    }
  }
  return null;
};

const LEVEL_RES: readonly RegExp[] = [
  /\b(?:level|job level|grade|band)\s*(?:of\s*)?[:\-–]?\s*((?:L|E|IC|P|M|T)?\d{1,2})\b/i,
  /\((L\d{1,2}|E\d|IC\d)\)/,
  /\b(L[3-9]|L1[0-2])\b(?=[^.\n]{0,40}\b(?:role|position|level|engineer|manager))/,
];
const TITLE_RES: readonly RegExp[] = [
  /^\s*(?:[-*•]\s*)?(?:job title|title|position|role|stelle|position title)\s*[:\-–|\t]\s*([^\n|\t(]{3,70}?)\s*(?:\(|,|\||\t|$)/im,
  /\b(?:position|role) of ([A-Z][\w&/,'-]*(?: [A-Z(&/-][\w&/,()'-]*| of| and| for| to){0,8}?)(?= at\b| in\b| with\b| on\b| \(|,|\.|;| reporting|\n)/,
  /\bjoin (?:us|[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}) as (?:an? |our )?([A-Z][\w&/-]*(?: [A-Z(&/-][\w&/()'-]*| of| and| for){0,8}?)(?= at\b| in\b| with\b| on\b| \(|,|\.|;| reporting|\n)/,
  /\bthe ([A-Z][\w&/-]*(?: [A-Z(&/-][\w&/()'-]*| of| and| for){0,8}?) (?:role|position)\b/,
  /\bals ([A-Z][\w&/-]*(?: [A-Z(&/-][\w&/()'-]*){0,6}?)(?= \(| in\b| am\b| bei\b|,|\.|;)/,
];
const LOCATION_RES: readonly RegExp[] = [
  /^\s*(?:[-*•]\s*)?(?:location|office|arbeitsort|place of work|work location)\s*[:\-–|\t]\s*([^\n|\t]{2,60}?)\s*(?:\||\t|$)/im,
  /\b(?:based (?:in|at|out of)|located in|work from our|in our|from our|at our) ([A-Z][a-zA-Zäöüß.'-]+(?: [A-Z][a-zA-Zäöüß.'-]+){0,2}(?:,\s?[A-Z]{2}\b|,\s?[A-Z][a-z]+)?)(?: office| headquarters| campus| site)?/,
  /\bStandort ([A-Z][a-zA-Zäöüß-]+)/,
  /\b(?:be|at|in) our ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:office|headquarters|campus)\b/,
  /\b(?:role|position|job) at [A-Z][\w.]*(?: [A-Z][\w.]*){0,3} in ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z]{2})\b/,
];

const findText = (text: string, res: readonly RegExp[]): Candidate<string> | null => {
  for (const re of res) {
    const m = re.exec(text);
    if (!m || m[1] === undefined) continue;
    const value = m[1].trim().replace(/[,.;:]$/, '');
    if (value === '') continue;
    const from = (m.index ?? 0) + m[0].indexOf(m[1]);
    return {
      value,
      raw: value,
      from,
      to: from + value.length,
      rule: null,
      clear: true,
      reason: null,
    };
  }
  return null;
};

const findClawback = (clauses: readonly Clause[]): Candidate<Clawback> | null => {
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i];
    if (!clause) continue;
    const s = clause.text;
    // "The sign-on is earned monthly; if you leave … you would repay …" names it one clause back.
    const withPrev = `${clauses[i - 1]?.text ?? ''} ${s}`;
    if (
      !/\b(?:repay|pay back|paid back|be repaid|return|refund|reimburse|clawback|claw back)\b|zur(?:ü|ue)ck(?:zu)?zahl/i.test(
        s,
      )
    )
      continue;
    if (!/\b(?:sign[- ]?on|signing|bonus|antrittsprämie|relocation)\b/i.test(withPrev)) continue;
    if (/\brelocation\b/i.test(s) && !/\bsign[- ]?on|\bsigning\b/i.test(s)) continue;
    const rule: Clawback | null =
      /\bpro[- ]?rat\w*|\bprorat\w*|\banteilig\w*|\bproportion\w*/i.test(s)
        ? 'prorated'
        : /\bin full\b|\bfull amount\b|\bentire\b|\bfull\b|\bvollständig\b|\ball of\b/i.test(s)
          ? 'full'
          : null;
    if (!rule) continue;
    return {
      value: rule,
      raw: '',
      from: clause.from,
      to: clause.to,
      rule: null,
      clear: true,
      reason: null,
    };
  }
  return null;
};
