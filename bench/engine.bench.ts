/** Engine throughput: 10,000 offers projected over four years, in plain Node. */
import { test } from '@playwright/test';
import { projectCompensation, summarizeOffer } from '@shared/domain/comp';
import type { Offer } from '@shared/schemas/records';
import { record } from './recorder';

const offer = (i: number): Offer => ({
  id: `o${i}`,
  workbookId: 'w',
  position: i,
  name: `Offer ${i}`,
  company: 'Amazon',
  roleId: i % 2 ? 'pm' : 'pmm',
  level: 'L5',
  location: 'Seattle',
  currency: 'USD',
  baseSalary: 13_000_000 + (i % 97) * 10_000,
  signOnYear1: 5_000_000,
  signOnYear2: 4_000_000,
  signOnPaidMonthly: true,
  bonusTargetPct: i % 3 ? 0 : 10,
  rsuGrantValue: 14_000_000 + (i % 89) * 100_000,
  vesting: { preset: 'amazon', yearPct: [5, 15, 40, 40] },
  stockGrowthPct: (i % 21) - 10,
  raisePct: i % 4,
  clawback: 'prorated',
  equityIlliquid: false,
  deadline: null,
  scopeNotes: '',
  sources: {},
  isExample: false,
});

test('engine: project 10,000 offers', async () => {
  const offers = Array.from({ length: 10_000 }, (_, i) => offer(i));
  let sink = 0;
  const project = () => {
    const t0 = performance.now();
    for (const o of offers) sink += projectCompensation(o)[3]?.total ?? 0;
    return performance.now() - t0;
  };
  for (let i = 0; i < 5; i++) project(); // warm-up
  const samples = Array.from({ length: 20 }, project);
  const summaries = Array.from({ length: 10 }, () => {
    const t0 = performance.now();
    for (const o of offers) sink += summarizeOffer(o).fourYearTotal;
    return performance.now() - t0;
  });
  if (sink === 0) throw new Error('the engine produced nothing');
  await record({
    id: '5-engine-project',
    label: 'Engine: 10,000 offers projected',
    unit: 'ms',
    samples,
    budget: 100,
  });
  await record({
    id: '5-engine-summary',
    label: 'Engine: 10,000 offers summarised',
    unit: 'ms',
    samples: summaries,
    budget: 100,
  });
});
