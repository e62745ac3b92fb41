/**
 * Tax arithmetic and tax regions for the take-home estimate: tax on income
 * through a bracket schedule, US federal income tax (with other household
 * income moving the brackets), Social Security, Medicare and the Additional
 * Medicare tax, and the list of tax regions an offer's location can map to.
 * The figures themselves are data (`resources/tax/*.json`, checked by
 * `TaxTableFileSchema`: by `tax.test.ts` for the shipped files, at load for
 * files given to `loadTaxTables`); this module holds no rate.
 * Amounts are integer cents; table rates are fractions (0.22 = 22%). Pure.
 */
import federal2026 from '../../resources/tax/us-federal-2026.json';
import texas2026 from '../../resources/tax/us-tx-2026.json';
import washington2026 from '../../resources/tax/us-wa-2026.json';
import {
  type BracketSchedule,
  type FederalTaxTable,
  type FilingStatus,
  type LocalIncomeTax,
  type StateTaxTable,
  type TaxTableFile,
  TaxTableFileSchema,
} from '../schemas/tax';
import { roundHalfAwayFromZero } from './money';

/** The tables an estimate reads: one federal file and the state files by region id. */
export type TaxTables = {
  federal: FederalTaxTable;
  /** State (and city) files keyed by `regionId`. */
  states: Readonly<Record<string, StateTaxTable>>;
};

/**
 * Gathers tax table files, each made a table by `toTable` (which throws when
 * it cannot), in order: one federal file, state files of its tax year with
 * distinct region ids.
 */
function gatherTaxTables(
  files: readonly unknown[],
  toTable: (raw: unknown, index: number) => TaxTableFile,
): TaxTables {
  let federal: FederalTaxTable | null = null;
  const states: Record<string, StateTaxTable> = {};
  files.forEach((raw, index) => {
    const file = toTable(raw, index);
    if (file.kind === 'us-federal') {
      if (federal) throw new Error(`Tax table ${file.id} is a second federal file; keep one.`);
      federal = file;
    } else {
      if (states[file.regionId]) {
        throw new Error(`Tax table ${file.id} repeats the region ${file.regionId}.`);
      }
      states[file.regionId] = file;
    }
  });
  // A `let` narrowed inside a callback reads as `never` here; name the type again.
  const found = federal as FederalTaxTable | null;
  if (!found) throw new Error('No federal tax table was given.');
  for (const state of Object.values(states)) {
    if (state.taxYear !== found.taxYear) {
      throw new Error(
        `Tax table ${state.id} is for ${state.taxYear}, the federal table for ${found.taxYear}.`,
      );
    }
  }
  return { federal: found, states };
}

/**
 * Checks raw tax table files against `TaxTableFileSchema` and gathers them.
 * Exactly one federal file is expected; state files must share its tax year
 * and have distinct region ids.
 *
 * @throws Error naming the file (by index and id) and the first problem, so a
 *   broken data file is caught at load, never half-used.
 */
export function loadTaxTables(files: readonly unknown[]): TaxTables {
  return gatherTaxTables(files, (raw, index) => {
    const parsed = TaxTableFileSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'the file';
      throw new Error(
        `Tax table file ${index + 1} is not valid at ${where}: ${issue?.message ?? 'unknown problem'}.`,
      );
    }
    return parsed.data;
  });
}

/** The raw tax table files shipped in `resources/tax/`. */
export const BUNDLED_TAX_FILES: readonly unknown[] = [federal2026, washington2026, texas2026];

/**
 * The shipped tables, gathered when this module loads. The files are not
 * parsed here: `tax.test.ts` checks that each passes `TaxTableFileSchema`
 * unchanged (parsing gives back the same data), and parsing them at run time
 * would build every tax schema for the first screen, which shows the
 * take-home rows (see `schemas/lazy.ts`). The checks across files still run.
 */
export const BUNDLED_TAX_TABLES: TaxTables = gatherTaxTables(
  BUNDLED_TAX_FILES,
  (raw) => raw as TaxTableFile,
);

/** A place an offer can be taxed in. */
export type TaxRegion = {
  /** Stable id, e.g. `us-ny-nyc`. */
  id: string;
  /** What the user reads, e.g. "New York City, NY". */
  name: string;
  /** Whether the place levies a city income tax on top of the state's. */
  hasCityTax: boolean;
};

/**
 * The US tax regions of the Amazon template's offices, plus "elsewhere in the
 * US". Whether a region's state tax is computed depends only on whether
 * `TaxTables.states` has a file for it; the rest take a rate the user types,
 * because no sourced figures were gathered for them.
 */
export const US_TAX_REGIONS: readonly TaxRegion[] = [
  { id: 'us-wa', name: 'Washington', hasCityTax: false },
  { id: 'us-tx', name: 'Texas', hasCityTax: false },
  { id: 'us-ca', name: 'California', hasCityTax: false },
  { id: 'us-ny', name: 'New York (outside New York City)', hasCityTax: false },
  { id: 'us-ny-nyc', name: 'New York City, NY', hasCityTax: true },
  { id: 'us-ma', name: 'Massachusetts', hasCityTax: false },
  { id: 'us-va', name: 'Virginia', hasCityTax: false },
  { id: 'us-other', name: 'Elsewhere in the US', hasCityTax: false },
];

/** The region with this id, or undefined. */
export function findTaxRegion(id: string): TaxRegion | undefined {
  return US_TAX_REGIONS.find((r) => r.id === id);
}

function checkCents(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${what} must be whole, non-negative cents.`);
  }
}

/**
 * Tax on `taxable` cents through a bracket schedule, unrounded (cents with a
 * fraction): each slice of income is taxed at its own bracket's rate, so
 * crossing a bracket edge taxes only the part above it at the higher rate.
 * A non-positive `taxable` owes 0.
 */
export function bracketTax(taxable: number, brackets: BracketSchedule): number {
  let tax = 0;
  let lower = 0;
  for (const { upTo, rate } of brackets) {
    if (taxable <= lower) break;
    const top = upTo === null ? taxable : Math.min(taxable, upTo);
    tax += (top - lower) * rate;
    if (upTo === null) break;
    lower = upTo;
  }
  return tax;
}

/**
 * Income tax on the household's income after the standard deduction,
 * unrounded cents: bracketTax(max(0, income − standardDeduction)).
 */
function incomeTaxOn(
  income: number,
  schedule: { standardDeduction: number; brackets: BracketSchedule },
): number {
  return bracketTax(Math.max(0, income - schedule.standardDeduction), schedule.brackets);
}

/**
 * The income tax this job's wages add, in whole cents, for a schedule with a
 * standard deduction per filing status.
 *
 * Rule for other household income (stated so the screen can say it): the
 * wages are stacked on top of it — tax(wages + other) − tax(other alone) — so
 * other income fills the standard deduction and the lower brackets first and
 * the job's wages are taxed at the household's higher marginal rates. With no
 * other income this is plain tax(wages). Rounded once, half away from zero.
 *
 * @param wages the job's wages for the year, cents (whole, ≥ 0)
 * @param otherIncome the household's other taxable income for the year, cents
 */
export function stackedIncomeTaxCents(
  wages: number,
  otherIncome: number,
  schedule: { standardDeduction: number; brackets: BracketSchedule },
): number {
  checkCents(wages, 'Wages');
  checkCents(otherIncome, 'Other household income');
  return roundHalfAwayFromZero(
    incomeTaxOn(wages + otherIncome, schedule) - incomeTaxOn(otherIncome, schedule),
  );
}

/**
 * US federal income tax on the job's wages, whole cents, for a filing status:
 * see {@link stackedIncomeTaxCents} for how other household income counts.
 * Only the standard deduction is taken: no credits, no pre-tax 401(k) or
 * benefit deductions, no itemising.
 */
export function federalIncomeTaxCents(
  wages: number,
  status: FilingStatus,
  federal: FederalTaxTable,
  otherIncome = 0,
): number {
  return stackedIncomeTaxCents(wages, otherIncome, federal.incomeTax[status]);
}

/**
 * The employee's Social Security tax, whole cents: rate × min(wages, wage
 * base). The wage base is per worker, so other household income never
 * changes it. Rounded half away from zero.
 */
export function socialSecurityCents(wages: number, federal: FederalTaxTable): number {
  checkCents(wages, 'Wages');
  const { rate, wageBase } = federal.socialSecurity;
  return roundHalfAwayFromZero(Math.min(wages, wageBase) * rate);
}

/** The employee's Medicare tax, whole cents: rate × all wages (no cap). */
export function medicareCents(wages: number, federal: FederalTaxTable): number {
  checkCents(wages, 'Wages');
  return roundHalfAwayFromZero(wages * federal.medicare.rate);
}

/**
 * The Additional Medicare tax the job's wages add, whole cents:
 * rate × (over(wages + otherWages) − over(otherWages)), where over(x) is
 * max(0, x − threshold for the filing status).
 *
 * The threshold applies to the couple's combined wages when filing jointly,
 * so for `marriedJointly` the household's other income is counted as the
 * spouse's wages here (the estimate's stated assumption; it overstates the
 * tax when that income is not wages). For single and head of household the
 * threshold is on the worker's own wages and other income is ignored.
 */
export function additionalMedicareCents(
  wages: number,
  status: FilingStatus,
  federal: FederalTaxTable,
  otherIncome = 0,
): number {
  checkCents(wages, 'Wages');
  checkCents(otherIncome, 'Other household income');
  const { rate, threshold } = federal.additionalMedicare;
  const limit = threshold[status];
  const other = status === 'marriedJointly' ? otherIncome : 0;
  const over = (x: number) => Math.max(0, x - limit);
  return roundHalfAwayFromZero((over(wages + other) - over(other)) * rate);
}

/**
 * A state's or city's income tax on the job's wages from its table, whole
 * cents: 0 for `none`; otherwise stacked on other household income like the
 * federal tax ({@link stackedIncomeTaxCents}).
 */
export function localIncomeTaxCents(
  wages: number,
  status: FilingStatus,
  local: LocalIncomeTax,
  otherIncome = 0,
): number {
  checkCents(wages, 'Wages');
  if (local.kind === 'none') return 0;
  return stackedIncomeTaxCents(wages, otherIncome, local.byStatus[status]);
}

/** US state and DC postal codes with their names, for reading a location. */
const US_STATES: Readonly<Record<string, string>> = {
  al: 'alabama',
  ak: 'alaska',
  az: 'arizona',
  ar: 'arkansas',
  ca: 'california',
  co: 'colorado',
  ct: 'connecticut',
  de: 'delaware',
  dc: 'district of columbia',
  fl: 'florida',
  ga: 'georgia',
  hi: 'hawaii',
  id: 'idaho',
  il: 'illinois',
  in: 'indiana',
  ia: 'iowa',
  ks: 'kansas',
  ky: 'kentucky',
  la: 'louisiana',
  me: 'maine',
  md: 'maryland',
  ma: 'massachusetts',
  mi: 'michigan',
  mn: 'minnesota',
  ms: 'mississippi',
  mo: 'missouri',
  mt: 'montana',
  ne: 'nebraska',
  nv: 'nevada',
  nh: 'new hampshire',
  nj: 'new jersey',
  nm: 'new mexico',
  ny: 'new york',
  nc: 'north carolina',
  nd: 'north dakota',
  oh: 'ohio',
  ok: 'oklahoma',
  or: 'oregon',
  pa: 'pennsylvania',
  ri: 'rhode island',
  sc: 'south carolina',
  sd: 'south dakota',
  tn: 'tennessee',
  tx: 'texas',
  ut: 'utah',
  vt: 'vermont',
  va: 'virginia',
  wa: 'washington',
  wv: 'west virginia',
  wi: 'wisconsin',
  wy: 'wyoming',
};

/** The region of a state that has one of its own (New York is decided by city). */
const REGION_OF_STATE: Readonly<Record<string, string>> = {
  wa: 'us-wa',
  tx: 'us-tx',
  ca: 'us-ca',
  ma: 'us-ma',
  va: 'us-va',
};

/** The five boroughs and the city's own names: New York City income tax applies. */
const NYC_NAMES = new Set([
  'new york',
  'new york city',
  'nyc',
  'manhattan',
  'brooklyn',
  'queens',
  'bronx',
  'the bronx',
  'staten island',
]);

/**
 * City names that are safe to read without a state: each is the well-known
 * US city of that name and the template's offices sit in them.
 * Names shared with other places ("Arlington", "Cambridge", "Portland") are
 * left out on purpose.
 */
const CITY_REGIONS: Readonly<Record<string, string>> = {
  seattle: 'us-wa',
  bellevue: 'us-wa',
  redmond: 'us-wa',
  austin: 'us-tx',
  dallas: 'us-tx',
  houston: 'us-tx',
  'san francisco': 'us-ca',
  sunnyvale: 'us-ca',
  'palo alto': 'us-ca',
  'los angeles': 'us-ca',
  'san diego': 'us-ca',
  'san jose': 'us-ca',
  boston: 'us-ma',
  'new york city': 'us-ny-nyc',
  nyc: 'us-ny-nyc',
  manhattan: 'us-ny-nyc',
  brooklyn: 'us-ny-nyc',
};

/** Own keys only, so "constructor" or "toString" is never read as a place. */
const own = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

const isStateCode = (part: string): boolean => own(US_STATES, part) !== undefined;

function stateCodeOf(part: string): string | null {
  if (isStateCode(part)) return part;
  for (const [code, name] of Object.entries(US_STATES)) if (name === part) return code;
  return null;
}

/**
 * Guesses a tax region id from an offer's free-text location, for the user to
 * confirm or correct; null when unsure. Reads "City, ST" or "City, State"
 * or "City ST" (a trailing ZIP code or "USA" / "US" / "United States" is
 * ignored), and a few city
 * names that are unambiguous on their own ("Seattle", "NYC").
 *
 * - WA, TX, CA, MA, VA → their regions; New York → `us-ny-nyc` for New York
 *   City and its boroughs, `us-ny` for another named city, null for "NY"
 *   alone (the city tax depends on the city).
 * - Any other US state or DC → `us-other`.
 * - A state's name alone where it is also a city ("Washington", "New York"),
 *   an ambiguous city without a state ("Arlington"), "Remote", or a place
 *   outside the US → null.
 */
export function taxRegionForLocation(location: string): string | null {
  const parts = location
    .toLowerCase()
    .replace(/\./g, '')
    .split(',')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    // A ZIP code after the state: "Seattle, WA 98109".
    .map((p) => p.replace(/ \d{5}(?:-\d{4})?$/, ''));
  while (
    parts.length > 1 &&
    ['usa', 'us', 'united states', 'united states of america'].includes(parts.at(-1) ?? '')
  ) {
    parts.pop();
  }
  // "Seattle WA" without a comma: split off a trailing two-letter state code.
  const spaced = parts.length === 1 ? /^(.+) ([a-z]{2})$/.exec(parts[0] ?? '') : null;
  if (spaced?.[1] && spaced[2] && isStateCode(spaced[2])) parts.splice(0, 1, spaced[1], spaced[2]);
  if (parts.length === 0) return null;
  if (parts.length === 1) {
    const only = parts[0] ?? '';
    const city = own(CITY_REGIONS, only);
    if (city) return city;
    // Names of a state that are also a city or a district stay unsure.
    if (only === 'washington' || only === 'new york') return null;
    const code = isStateCode(only) ? null : stateCodeOf(only);
    if (!code || code === 'ny') return null;
    return own(REGION_OF_STATE, code) ?? 'us-other';
  }
  const code = stateCodeOf(parts.at(-1) ?? '');
  if (!code) return null;
  if (code === 'ny') return NYC_NAMES.has(parts[0] ?? '') ? 'us-ny-nyc' : 'us-ny';
  return own(REGION_OF_STATE, code) ?? 'us-other';
}
