/** Page object for the welcome screen and the workbook shell. */
import { expect, type Locator, type Page } from '@playwright/test';

export const SECTION_LABELS = ['Offers', 'Role fit', 'Prep', 'Summary'] as const;
export type SectionLabel = (typeof SECTION_LABELS)[number];

export class WorkbookPage {
  constructor(readonly page: Page) {}

  get nameField(): Locator {
    return this.page.getByLabel('Workbook name');
  }

  get sectionsNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Sections' });
  }

  /** From the welcome screen: start a workbook from the default template. */
  async startWorkbook(name?: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Start a new workbook' })).toBeVisible();
    if (name !== undefined) await this.nameField.fill(name);
    await this.page.getByRole('button', { name: 'Start workbook' }).click();
    await expect(this.sectionsNav).toBeVisible();
  }

  /** From the welcome screen: open the sample workbook. */
  async openSample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open the sample workbook' }).click();
    await expect(this.sectionsNav).toBeVisible();
  }

  async rename(name: string): Promise<void> {
    await this.nameField.fill(name);
    await this.nameField.press('Enter');
  }

  async goTo(section: SectionLabel): Promise<void> {
    await this.sectionsNav.getByRole('link', { name: section }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: section })).toBeVisible();
    // Sections load on first visit: wait until the section's own content has replaced its loading line.
    await expect(this.page.getByText(`Loading ${section}…`)).toBeHidden();
  }
}
