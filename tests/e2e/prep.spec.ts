import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './fixtures/a11y';
import { screenshot } from './fixtures/screens';
import { PrepPage } from './pages/PrepPage';
import { WorkbookPage } from './pages/WorkbookPage';

const LAUNCH = 'Launch stories, start to finish';
const LP = 'Leadership-principle stories';
const MESSAGING = 'Messaging exercises';

/** `YYYY-MM-DDT10:00`, `days` from today — far enough ahead that no time zone makes it past. */
const daysAhead = (days: number) =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T10:00`;

// axe takes many seconds on these long forms when the machine is busy; give the flows room.
test.describe.configure({ timeout: 240_000 });

/** Scrolls the Prep tabs to the top so a screenshot shows the open view, not just the header. */
const showView = async (page: Page) =>
  page.getByRole('tablist', { name: 'Prep views' }).evaluate((el) => el.scrollIntoView());

test('tick items, schedule two rounds, write a mock answer, reload and find it all', async ({
  app,
  appControl,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook('Prep test');
  await wb.goTo('Prep');
  const prep = new PrepPage(app);
  await expect(prep.readiness).toContainText('PMM readiness0%');

  // Checklist: tick three units.
  await prep.moreDone(LAUNCH, 2);
  await prep.moreDone(LP, 1);
  // PMM: targets 3+2+1+1+1 (own) + 4+3+1 (both) = 16; done 2+1 = 3 → 18.75 → 18.8%.
  // PM: 4+3+1 (both) + 3+3+1 (own) = 15; done 1 → 6.67 → 6.7%.
  await expect(prep.readiness).toContainText('PMM readiness18.8%');
  await expect(prep.readiness).toContainText('PM readiness6.7%');
  await expect(app.getByRole('img', { name: /Readiness over time/ })).toBeVisible();

  // Bad input: below zero is explained and not saved.
  await prep.doneField(MESSAGING).fill('-1');
  await expect(app.getByText('Done cannot be below zero.')).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'prep checklist');

  // Interview loop: schedule one round per role from the compact table; each saves as typed.
  await prep.openTab('Interview loop');
  const pmm = await prep.scheduleRound('PMM', 'Recruiter screen', daysAhead(5));
  await expect(pmm.getByRole('status')).toHaveText('Saved.');
  // A future date on an unscheduled round marks it scheduled.
  await expect(pmm.getByLabel('Status')).toHaveValue('scheduled');
  const pm = await prep.scheduleRound('PM', 'Recruiter screen', daysAhead(8));
  await expect(pm.getByRole('status')).toHaveText('Saved.');
  // One round is open at a time.
  await expect(pmm).toBeHidden();
  await expect(prep.roundRow('PMM', 'Recruiter screen')).toContainText('Scheduled');
  await expect(prep.roundRow('PMM', 'Recruiter screen')).toContainText(/in \d+ days?/);
  await expect(prep.upcoming.getByRole('listitem')).toHaveCount(2);
  await expect(prep.upcoming).toContainText(/in \d+ days?/);
  await expect(app.getByRole('region', { name: 'PMM plan' })).toContainText('Week 1');

  // Bad input: a past date while "not scheduled" is refused with a reason, next to the date.
  const hm = await prep.openRound('PMM', 'Hiring manager');
  await expect(hm.getByRole('button', { name: /save/i })).toHaveCount(0);
  await hm.getByLabel('Date and time').fill('2020-01-06T10:00');
  await expect(hm).toContainText("A round in the past can't be 'not scheduled'.");
  await expect(prep.roundRow('PMM', 'Hiring manager')).toContainText('No date yet');
  await expectNoSeriousA11yViolations(app, 'prep loop');
  // The interviewer is saved as typed, while the refused date stays unsaved.
  await hm.getByLabel('Interviewer').fill('Dana Ortiz');
  await expect(hm.getByRole('status')).toHaveText('Saved.');
  await expect(prep.roundRow('PMM', 'Hiring manager')).toContainText('Dana Ortiz');
  await expect(prep.roundRow('PMM', 'Hiring manager')).toContainText('No date yet');

  // Mock answers: an empty own question is refused.
  await prep.openTab('Mock answers');
  await app.getByRole('button', { name: 'Add question' }).click();
  await expect(app.getByText('Write the question.')).toBeVisible();

  await expect(prep.coverage).toContainText('Start writing');
  await prep.part('Audience').fill('Enterprise IT leaders already on AWS who own AI budgets.');
  await prep
    .part('Problem')
    .fill('They cannot get AI pilots approved because data handling is unclear.');
  await prep.part('Positioning').fill('Production AI on the cloud you already trust.');
  await prep.part('Launch plan').fill('Preview with design partners, then a keynote launch.');
  await prep.part('Enablement').fill('Battlecard, demo script and an objection-handling FAQ.');
  await expect(prep.coverage).toContainText('Metrics is empty');
  await app.getByRole('button', { name: 'Start timer' }).click();
  await app.getByRole('button', { name: 'Stop timer' }).click();
  await app.getByLabel('Self-score').selectOption('4');
  await app.getByRole('button', { name: 'Save attempt' }).click();
  await expect(prep.attempts.getByRole('listitem')).toHaveCount(1);
  await expect(prep.attempts).toContainText('4/5');
  await expect(prep.attempts).toContainText('Metrics is empty');
  await expectNoSeriousA11yViolations(app, 'prep mock answers');

  // Reload: everything is still there, and the refused values were never saved.
  await appControl.reload();
  const page = appControl.page();
  const again = new PrepPage(page);
  await new WorkbookPage(page).goTo('Prep');
  await expect(again.doneField(LAUNCH)).toHaveValue('2');
  await expect(again.doneField(LP)).toHaveValue('1');
  await expect(again.doneField(MESSAGING)).toHaveValue('0');
  await expect(again.readiness).toContainText('PMM readiness18.8%');
  await again.openTab('Interview loop');
  await expect(again.upcoming.getByRole('listitem')).toHaveCount(2);
  const screen = await again.openRound('PMM', 'Recruiter screen');
  await expect(screen.getByLabel('Date and time')).toHaveValue(daysAhead(5));
  const manager = await again.openRound('PMM', 'Hiring manager');
  await expect(manager.getByLabel('Date and time')).toHaveValue('');
  await expect(manager.getByLabel('Interviewer')).toHaveValue('Dana Ortiz');
  await again.openTab('Mock answers');
  await expect(again.attempts.getByRole('listitem')).toHaveCount(1);
  await again.attempts.getByRole('checkbox').check();
  await expect(again.page.getByRole('region', { name: 'Selected attempt' })).toContainText(
    'Enterprise IT leaders',
  );
});

test('a round edited in the compact list saves as typed, with no Save button, and survives a reload', async ({
  app,
  appControl,
}) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook();
  await wb.goTo('Prep');
  const prep = new PrepPage(app);
  await prep.openTab('Interview loop');

  // Opened from the keyboard: Enter on the round's row button.
  const button = prep.loop('PMM').getByRole('button', { name: 'Hiring manager', exact: true });
  await button.focus();
  await app.keyboard.press('Enter');
  const hm = prep.round('PMM', 'Hiring manager');
  await expect(hm).toBeVisible();
  await expect(hm.getByRole('button', { name: /save/i })).toHaveCount(0);

  // A past date needs an outcome: refused first, then saved together with "Done".
  await hm.getByLabel('Date and time').fill('2020-01-06T10:00');
  await expect(hm).toContainText("A round in the past can't be 'not scheduled'.");
  await hm.getByLabel('Status').selectOption({ label: 'Done' });
  await expect(hm.getByRole('status')).toHaveText('Saved.');
  await expect(hm).not.toContainText("can't be 'not scheduled'");
  const row = prep.roundRow('PMM', 'Hiring manager');
  await expect(row).toContainText('Done');
  // 10:00 in the round's own zone (a new round takes the computer's zone: Los Angeles in tests).
  await expect(row).toContainText(/Mon, Jan 6, 10:00\sAM PST/);

  await hm.getByLabel('Confidence').selectOption('4');
  await hm.getByLabel('Notes').fill('Asked for a launch that missed its date.');
  await expect(hm.getByRole('status')).toHaveText('Saved.');
  // Too long for the schema: the message shows at the field and the saved notes stay.
  await hm.getByLabel('Interviewer').fill('x'.repeat(121));
  await expect(hm.getByLabel('Interviewer')).toHaveAttribute('aria-invalid', 'true');

  // Closing it with the same button leaves the compact row.
  await button.click();
  await expect(hm).toBeHidden();

  await appControl.reload();
  const page = appControl.page();
  await new WorkbookPage(page).goTo('Prep');
  const again = new PrepPage(page);
  await again.openTab('Interview loop');
  await expect(again.roundRow('PMM', 'Hiring manager')).toContainText('Done');
  const saved = await again.openRound('PMM', 'Hiring manager');
  await expect(saved.getByLabel('Date and time')).toHaveValue('2020-01-06T10:00');
  await expect(saved.getByLabel('Status')).toHaveValue('done');
  await expect(saved.getByLabel('Confidence')).toHaveValue('4');
  await expect(saved.getByLabel('Notes')).toHaveValue('Asked for a launch that missed its date.');
  await expect(saved.getByLabel('Interviewer')).toHaveValue('');
});

test('reorder and remove checklist items with undo, keyboard tabs', async ({ app }) => {
  const wb = new WorkbookPage(app);
  await wb.startWorkbook();
  await wb.goTo('Prep');
  const list = app.getByRole('list', { name: 'Prep checklist' });
  const titles = list.getByRole('heading', { level: 4 });
  await expect(titles.first()).toHaveText(LAUNCH);
  await app.getByRole('button', { name: `Move down: ${LAUNCH}` }).click();
  await expect(titles.nth(1)).toHaveText(LAUNCH);
  await app.getByRole('button', { name: `Move up: ${LAUNCH}` }).click();
  await expect(titles.first()).toHaveText(LAUNCH);

  await app.getByRole('button', { name: `Remove ${LAUNCH}` }).click();
  await expect(titles.first()).not.toHaveText(LAUNCH);
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(titles.first()).toHaveText(LAUNCH);

  await app.getByLabel('New item').fill('Teardown of a rival launch');
  await app.getByRole('button', { name: 'Add item' }).click();
  await expect(titles.last()).toHaveText('Teardown of a rival launch');

  const first = app.getByRole('tab', { name: 'Checklist' });
  await first.focus();
  await app.keyboard.press('ArrowRight');
  await expect(app.getByRole('tab', { name: 'Interview loop' })).toBeFocused();
  await expect(app.getByRole('tab', { name: 'Interview loop' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await app.keyboard.press('ArrowLeft');
  await expect(first).toHaveAttribute('aria-selected', 'true');
});

test('the sample workbook shows each prep view at work', async ({ app }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Prep');
  const prep = new PrepPage(app);
  await expect(app.getByRole('img', { name: /Readiness over time/ })).toBeVisible();
  await expect(prep.readiness).not.toContainText('PMM readiness0%');
  await screenshot(app, 'prep-checklist', { docs: true });

  await prep.openTab('Interview loop');
  await expect(prep.upcoming.getByRole('listitem')).toHaveCount(2);
  // The loop is a compact list: with all the sample's rounds it stays under two screens.
  const panel = app.getByRole('tabpanel');
  const height = (await panel.boundingBox())?.height ?? Number.POSITIVE_INFINITY;
  expect(height).toBeLessThan(2 * 800);
  await expect(prep.loop('PMM').getByRole('row')).not.toHaveCount(0);
  await prep.openRound('PMM', 'Recruiter screen');
  await showView(app);
  await screenshot(app, 'prep-loop', { docs: true });
  await app.emulateMedia({ colorScheme: 'dark' });
  await screenshot(app, 'prep-loop-dark', { docs: true });
  await app.emulateMedia({ colorScheme: 'light' });

  await prep.openTab('Mock answers');
  await expect(prep.attempts.getByRole('listitem')).toHaveCount(1);
  await prep.attempts.getByRole('checkbox').check();
  await expect(app.getByRole('region', { name: 'Selected attempt' })).toContainText('empty');
  await prep.part('Audience').fill('Platform teams at banks that already run on AWS.');
  await prep.part('Problem').fill('Their AI pilots stall in security review for months.');
  await expect(prep.coverage).toContainText('Metrics are empty');
  await app.locator('.mock__question').evaluate((el) => el.scrollIntoView());
  await screenshot(app, 'prep-mock', { docs: true });
  await expectNoSeriousA11yViolations(app, 'sample mock answers');

  await app.setViewportSize({ width: 900, height: 700 });
  await app.emulateMedia({ colorScheme: 'dark' });
  for (const tab of ['Checklist', 'Interview loop', 'Mock answers'] as const) {
    await prep.openTab(tab);
    const overflow = await app.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, tab).toBe(0);
  }
  await expectNoSeriousA11yViolations(app, 'sample mock answers, dark');
  await screenshot(app, 'prep-mock-900x700-dark');
});
