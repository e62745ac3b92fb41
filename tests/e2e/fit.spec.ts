import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './fixtures/a11y';
import { screenshot } from './fixtures/screens';
import { FitPage } from './pages/FitPage';
import { WorkbookPage } from './pages/WorkbookPage';

// Keyboard-only filling presses Tab many times and the axe scans are heavy: give these room.
test.slow();

// The Amazon template has 8 PMM and 7 PM artifacts; the worksheet alternates
// them (PMM first, as it has more) and never shows the role while rating.
const AMAZON_ORDER = [
  'Launch plan',
  'PRD (product requirements document)',
  'Message house',
  'Prioritization memo',
  'Battlecard',
  'Roadmap review',
  'Sales FAQ',
  'Metric tree',
  'Enablement deck',
  'Feature tradeoff doc',
  'Competitive analysis',
  'Backlog plan',
  'Launch debrief',
  'Product metrics review',
  'Customer FAQ',
];

test('a user fills in the worksheet by keyboard, sees the lean and reasons, and finds the answers kept after a reload', async ({
  app,
  appControl,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook();
  await wb.goTo('Role fit');
  const fit = new FitPage(app);

  await expect(fit.result).toContainText('No answers yet');
  await expect(fit.result).toContainText('0 of 16 answered (0%)');
  expect(await fit.artifactOrder()).toEqual(AMAZON_ORDER);
  await expect(fit.worksheet).not.toContainText('PMM');
  await expect(fit.worksheet).not.toContainText('Product Manager');

  // Answer in the order asked, keyboard only (Tab, Space, arrow keys).
  await fit.rateByKeyboard('Launch plan', 5);
  await fit.markStoryByKeyboard('Launch plan');
  await fit.rateByKeyboard('PRD (product requirements document)', 2);
  await fit.rateByKeyboard('Message house', 4);
  await fit.rateByKeyboard('Prioritization memo', 2);
  await fit.rateByKeyboard('Battlecard', 5);
  await fit.markStoryByKeyboard('Battlecard');
  await fit.rateByKeyboard('Sales FAQ', 'Not sure');
  await fit.rateByKeyboard('Metric tree', 1);
  await fit.rateByKeyboard('Competitive analysis', 4);
  await fit.markStoryByKeyboard('Competitive analysis');
  await fit.chooseWeeklyWorkByKeyboard('Reviewing how launches went');

  // Worked by hand with the template's weights 0.6 / 0.25 / 0.15 and margin 10:
  // PMM: ratings 5,4,5,4 → mean 4.5 → 87.5; stories 3 of 8 → 37.5; filter 100
  //      → 52.5 + 9.375 + 15 = 76.875 → 76.9.
  // PM:  ratings 2,2,1 → mean 5/3 → 16.67; stories 0; filter 0 → 10.0.
  // Margin 66.9 → lean PMM. Answered: 8 ratings (incl. "not sure") + filter = 9 of 16.
  const checkFilledResult = async (f: FitPage) => {
    await expect(f.result).toContainText(
      'You lean PMM (Product Marketing Manager), ahead by 66.9 points.',
    );
    await expect(f.result).toContainText('PMM76.9 / 100');
    await expect(f.result).toContainText('PM10.0 / 100');
    await expect(f.result).toContainText('9 of 16 answered (56%)');
    const reasons = f.result.getByRole('list').filter({ hasText: 'You rated' });
    await expect(reasons.getByRole('listitem')).toHaveText([
      'You rated Launch plan and Battlecard 5/5 and have stories for both.',
      'No PM artifact scored above 2/5.',
      'You would rather repeat PMM work every week: Reviewing how launches went, sharpening messaging, and working out how to win against competitors.',
    ]);
  };
  await checkFilledResult(fit);
  // Interview signal for the leaning role comes from the template's PMM loop.
  await expect(fit.result).toContainText('Product Marketing Manager loop');
  await expect(fit.result).toContainText(
    'Messaging exercise: no story yet (it draws on Message house, Customer FAQ, Sales FAQ).',
  );
  await expect(fit.result).toContainText(
    'GTM case study: your stories about Competitive analysis, Launch plan; none yet for Message house.',
  );
  await expect(
    fit.result.getByRole('img', { name: /Bar chart of your ratings by role/ }),
  ).toBeVisible();

  // How the score is worked out, from the template.
  await fit.result.getByText('How this is scored').click();
  await expect(fit.result).toContainText('Enjoyment (60%)');
  await expect(fit.result).toContainText('Stories (25%)');
  await expect(fit.result).toContainText('Weekly work (15%)');
  await expect(fit.result).toContainText('at least 10 points ahead');

  await expectNoSeriousA11yViolations(app, 'role fit, filled in');
  await fit.rating('Launch plan').scrollIntoViewIfNeeded();
  // The result panel scrolls on its own when taller than the window; show it from its top.
  await fit.result.evaluate((el) => {
    el.scrollTop = 0;
  });
  await app.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await screenshot(app, 'fit-worksheet', { docs: true });
  await screenshot(app, 'fit-worksheet-full', { fullPage: true });

  await appControl.reload();
  const again = new FitPage(appControl.page());
  await expect(again.rating('Launch plan').getByRole('radio', { name: '5' })).toBeChecked();
  await expect(again.rating('Sales FAQ').getByRole('radio', { name: 'Not sure' })).toBeChecked();
  await expect(again.rating('Customer FAQ').getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(again.story('Battlecard')).toBeChecked();
  await expect(again.story('Message house')).not.toBeChecked();
  await expect(again.weeklyFilter.getByRole('radio', { checked: true })).toHaveAccessibleName(
    /^Reviewing how launches went/,
  );
  await checkFilledResult(again);
});

test('the sample workbook opens with a partly filled worksheet, a lean and its reasons', async ({
  app,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Role fit');
  const fit = new FitPage(app);
  // Hand-worked in renderer/src/features/fit/sample.test.ts: 67.5 vs 36.0, margin 31.5.
  await expect(fit.result).toContainText(
    'You lean PMM (Product Marketing Manager), ahead by 31.5 points.',
  );
  await expect(fit.result).toContainText('PMM67.5 / 100');
  await expect(fit.result).toContainText('PM36.0 / 100');
  await expect(fit.result).toContainText('11 of 16 answered (69%)');
  await expect(fit.result).toContainText(
    'You rated Launch plan and Battlecard 5/5 and have stories for both.',
  );
  await expect(fit.result).toContainText('Product marketing, Consulting');
  await expect(fit.rating('Launch plan').getByRole('radio', { name: '5' })).toBeChecked();

  // Changing an answer updates the result at once: Metric tree 2 → 5 (by keyboard).
  await fit.rateByKeyboard('Metric tree', 5);
  // PM ratings 3,4,3,5,2 → mean 3.4 → 60; stories 1/7 → 14.29%;
  // (36 + 3.571) / 0.85 = 46.55 → 46.6. Margin 67.5 − 46.6 = 20.9.
  await expect(fit.result).toContainText('PM46.6 / 100');
  await expect(fit.result).toContainText('ahead by 20.9 points');
});

test('a workbook started from the generic template shows that template’s artifacts', async ({
  app,
}) => {
  const wb = new WorkbookPage(app);
  await app.getByRole('radio', { name: /any company/ }).check();
  await wb.startWorkbook();
  await wb.goTo('Role fit');
  const fit = new FitPage(app);
  // 7 PMM and 6 PM artifacts, alternated PMM first.
  expect(await fit.artifactOrder()).toEqual([
    'Positioning statement',
    'Product spec',
    'Messaging framework',
    'User research synthesis',
    'Go-to-market plan',
    'Roadmap',
    'Competitor one-pager',
    'Experiment plan',
    'Sales playbook',
    'Success metrics',
    'Win/loss review',
    'Release plan',
    'Launch retrospective',
  ]);
  await expect(fit.rating('Launch plan')).toHaveCount(0);
  await expect(fit.weeklyFilter).toContainText('Talking to users and engineers');
  await expect(fit.worksheet).toContainText('Design or user research');

  await fit.rateByKeyboard('Product spec', 5);
  // One PM rating of 5 → preference 100, stories 0 of 6 → 0: (60 + 0) / 0.85 = 70.6.
  // PMM: no rating, no filter → stories only → 0. Margin 70.6 → lean PM.
  await expect(fit.result).toContainText('You lean PM (Product Manager), ahead by 70.6 points.');
  await expect(fit.result).toContainText('1 of 14 answered (7%)');
  await expect(fit.result).toContainText('This rests on only 1 rating');
});

test('the Role fit page holds its layout at 900×700 in dark mode', async ({ app }) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await app.setViewportSize({ width: 900, height: 700 });
  await app.emulateMedia({ colorScheme: 'dark' });
  await wb.goTo('Role fit');
  await expect(new FitPage(app).result).toContainText('You lean PMM');
  const overflow = await app.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expectNoSeriousA11yViolations(app, 'role fit, dark, 900×700');
  await screenshot(app, 'fit-900x700-dark');
});

test('Tab visits the whole worksheet before the result, and the result stays in view as the worksheet scrolls', async ({
  app,
}) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Role fit');
  const fit = new FitPage(app);
  await expect(fit.result).toContainText('You lean');

  // From the page heading, Tab until the result: record where each stop was.
  await app.getByRole('heading', { level: 1, name: 'Role fit' }).focus();
  const stops: string[] = [];
  for (let i = 0; i < 150 && stops.at(-1) !== 'result'; i += 1) {
    await app.keyboard.press('Tab');
    stops.push(
      await app.evaluate(() => {
        const el = document.activeElement;
        if (el?.closest('.fit-worksheet')) {
          return el.closest('.fit-filter') ? 'weekly filter' : 'worksheet';
        }
        return el?.closest('.fit-result') ? 'result' : 'other';
      }),
    );
  }
  expect(stops[0]).toBe('worksheet');
  expect(stops.at(-1)).toBe('result');
  // The weekly-work question is the worksheet's last; it comes right before the result.
  expect(stops.at(-2)).toBe('weekly filter');
  expect(stops.filter((s) => s === 'other')).toEqual([]);

  for (const size of [
    { width: 1280, height: 800 },
    { width: 900, height: 700 },
  ]) {
    await app.setViewportSize(size);
    await fit.weeklyFilter.scrollIntoViewIfNeeded();
    const heading = fit.result.getByRole('heading', { name: 'Role fit result' });
    await expect(heading).toBeInViewport();
    await expect(fit.result.getByText(/^Lean:/)).toBeInViewport();
    const overflow = await app.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${size.width} px`).toBe(0);
  }
  await app.setViewportSize({ width: 1280, height: 800 });
  await app.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await screenshot(app, 'fit-sample', { docs: true });
  await app.emulateMedia({ colorScheme: 'dark' });
  await screenshot(app, 'fit-sample-dark', { docs: true });
});
