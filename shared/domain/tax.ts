/**
 * Tax arithmetic and tax regions for the take-home estimate: tax on income
 * through a bracket schedule, US federal income tax (with other household
 * income moving the brackets), Social Security, Medicare and the Additional
 * Medicare tax, and the list of tax regions an offer's location can map to.
 * The figures themselves are data (`resources/tax/*.json`, checked by
 * `TaxTableFileSchema` when loaded here); this module holds no rate.
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
 * Checks raw tax table files against `TaxTableFileSchema` and gathers them.
 * Exactly one federal file is expected; state files must share its tax year
 * and have distinct region ids.
 *
 * @throws Error naming the file (by index and id) and the first problem, so a
 *   broken data file is caught at load, never half-used.
 */
export function loadTaxTables(files: readonly unknown[]): TaxTables {
  let federal: FederalTaxTable | null = null;
  const states: Record<string, StateTaxTable> = {};
  files.forEach((raw, index) => {
    const parsed = TaxTableFileSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'the file';
      throw new Error(
        `Tax table file ${index + 1} is not valid at ${where}: ${issue?.message ?? 'unknown problem'}.`,
      );
    }
    const file = parsed.data;
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

/** The raw tax table files shipped in `resources/tax/`. */
export const BUNDLED_TAX_FILES: readonly unknown[] = [federal2026, washington2026, texas2026];

/** The shipped tables, validated once when this module loads. */
export const BUNDLED_TAX_TABLES: TaxTables = loadTaxTables(BUNDLED_TAX_FILES);

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
