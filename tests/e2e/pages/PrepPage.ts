/** Page object for the Prep section: readiness, checklist, loop, mock answers. */
import { expect, type Locator, type Page } from '@playwright/test';

export type PrepTab = 'Checklist' | 'Interview loop' | 'Mock answers';

export class PrepPage {
  constructor(readonly page: Page) {}

  get readiness(): Locator {
    return this.page.getByRole('list', { name: 'Readiness by role' });
  }

  async openTab(name: PrepTab): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  doneField(item: string): Locator {
    return this.page.getByRole('spinbutton', { name: `Done for ${item}` });
  }

  async moreDone(item: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      const before = Number(await this.doneField(item).inputValue());
      await this.page.getByRole('button', { name: `More done: ${item}` }).click();
      await expect(this.doneField(item)).toHaveValue(String(before + 1));
    }
  }

  /** One role's loop: its heading and the compact table of rounds, e.g. `loop('PMM')`. */
  loop(roleShort: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${roleShort} loop`) });
  }

  /** The compact-table row of one round (date, status, interviewer, countdown). */
  roundRow(roleShort: string, name: string): Locator {
    return this.loop(roleShort)
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  /** The opened fields of one round, e.g. `round('PMM', 'Recruiter screen')`. */
  round(roleShort: string, name: string): Locator {
    return this.page.getByRole('region', { name: `${roleShort} ${name} round` });
  }

  /** Opens a round's fields from the compact table (a click on its row) and returns them. */
  async openRound(roleShort: string, name: string): Promise<Locator> {
    const button = this.loop(roleShort).getByRole('button', { name, exact: true });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    return this.round(roleShort, name);
  }

  /**
   * Opens a round, types a date and time (`YYYY-MM-DDTHH:mm`) and optionally
   * picks a status; each is saved as it is entered (there is no Save button).
   */
  async scheduleRound(
    roleShort: string,
    name: string,
    when: string,
    status?: string,
  ): Promise<Locator> {
    const editor = await this.openRound(roleShort, name);
    await editor.getByLabel('Date and time').fill(when);
    if (status) await editor.getByLabel('Status').selectOption({ label: status });
    return editor;
  }

  get upcoming(): Locator {
    return this.page.getByRole('region', { name: 'Coming up' });
  }

  get coverage(): Locator {
    return this.page.getByRole('region', { name: 'Coverage check' });
  }

  get attempts(): Locator {
    return this.page.getByRole('region', { name: 'Past attempts' });
  }

  part(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }
}
