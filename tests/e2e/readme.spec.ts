/** The README's hero image: the sample workbook's Offers page at the default window size. */
import { expect, test } from './fixtures';
import { screenshot } from './fixtures/screens';
import { WorkbookPage } from './pages/WorkbookPage';

test('the sample workbook opens on its offers, side by side', async ({ app }) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  await wb.goTo('Offers');
  await expect(app.getByRole('region', { name: 'Offers side by side' })).toContainText(
    '4-year total',
  );
  await expect(app.getByTestId('verdict-headline')).toContainText('more over 4 years');
  // Settled, as a user would first see it after a moment: the opened sample is on disk.
  await expect(app.getByText(/^Saved \d/)).toBeVisible();
  await screenshot(app, 'crossroads', { docs: true });
});
