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

  /** The form of one interview round, e.g. `round('PMM', 'Recruiter screen')`. */
  round(roleShort: string, name: string): Locator {
    return this.page.getByRole('form', { name: `${roleShort} ${name} round` });
  }

  /** Types a date and time (`YYYY-MM-DDTHH:mm`), optionally a status, and saves. */
  async scheduleRound(
    roleShort: string,
    name: string,
    when: string,
    status?: string,
  ): Promise<Locator> {
    const form = this.round(roleShort, name);
    await form.getByLabel(`Date and time for ${name}`).fill(when);
    if (status) await form.getByLabel(`Status of ${name}`).selectOption({ label: status });
    await form.getByRole('button', { name: /^Save round/ }).click();
    return form;
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
