/**
 * Page object for the Role fit section: the worksheet's controls found the way
 * a person finds them (by the artifact's name), keyboard-only ways to answer,
 * and the result region.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** A rating as the worksheet offers it. */
export type RatingChoice = 1 | 2 | 3 | 4 | 5 | 'Not sure';
const CHOICES: readonly RatingChoice[] = [1, 2, 3, 4, 5, 'Not sure'];

export class FitPage {
  constructor(readonly page: Page) {}

  get worksheet(): Locator {
    return this.page.getByRole('region', { name: 'Worksheet' });
  }

  get result(): Locator {
    return this.page.getByRole('region', { name: 'Role fit result' });
  }

  /** The 1–5 / "Not sure" radio group of one artifact. */
  rating(artifact: string): Locator {
    return this.page.getByRole('radiogroup', { name: artifact, exact: true });
  }

  /** The "I have a real story about …" checkbox of one artifact. */
  story(artifact: string): Locator {
    return this.page.getByRole('checkbox', {
      name: `I have a real story about ${artifact}`,
      exact: true,
    });
  }

  get weeklyFilter(): Locator {
    return this.page.getByRole('group', { name: /Which weekly work would you rather repeat/ });
  }

  /** Names of the artifacts in the order the worksheet asks them. */
  async artifactOrder(): Promise<string[]> {
    return this.worksheet.getByRole('radiogroup').evaluateAll((groups) =>
      groups.map((g) => {
        const id = g.getAttribute('aria-labelledby') ?? '';
        return document.getElementById(id)?.textContent?.trim() ?? '';
      }),
    );
  }

  /** Presses Tab (forwards) until focus is inside `target`; fails after `max` presses. */
  async tabTo(target: Locator, max = 150): Promise<void> {
    for (let i = 0; i < max; i += 1) {
      await this.page.keyboard.press('Tab');
      const inside = await target.evaluate((el) => el.contains(document.activeElement));
      if (inside) return;
    }
    throw new Error(`Tab never reached ${target}`);
  }

  /**
   * Answers a radio group by keyboard: Tab into it, Space to pick the focused
   * option, then arrow keys to the wanted one (arrows move and select).
   */
  private async chooseInGroup(group: Locator, index: number): Promise<void> {
    await this.tabTo(group);
    await this.page.keyboard.press('Space');
    const at = await group
      .getByRole('radio')
      .evaluateAll((radios) => radios.indexOf(document.activeElement as HTMLInputElement));
    const steps = index - at;
    for (let i = 0; i < Math.abs(steps); i += 1) {
      await this.page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
    }
    await expect(group.getByRole('radio').nth(index)).toBeChecked();
  }

  /** Rates `artifact` using the keyboard only. */
  async rateByKeyboard(artifact: string, choice: RatingChoice): Promise<void> {
    await this.chooseInGroup(this.rating(artifact), CHOICES.indexOf(choice));
  }

  /** Ticks the story box of `artifact` using the keyboard only. */
  async markStoryByKeyboard(artifact: string): Promise<void> {
    const box = this.story(artifact);
    await this.tabTo(box);
    await this.page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }

  /** Picks the weekly-work option whose label starts with `label`, by keyboard. */
  async chooseWeeklyWorkByKeyboard(label: string): Promise<void> {
    const labels = await this.weeklyFilter
      .getByRole('radio')
      .evaluateAll((radios) => radios.map((r) => r.closest('label')?.textContent?.trim() ?? ''));
    const index = labels.findIndex((l) => l.startsWith(label));
    if (index < 0) throw new Error(`No weekly-work option starts with “${label}”`);
    await this.chooseInGroup(this.weeklyFilter, index);
  }
}
