import type { Locator, Page } from '@playwright/test';

/**
 * A clerk at the keyboard, counting what they press: keys that move or act (Tab, Enter, arrows, shortcuts — a chord
 * counts once) and characters typed (a Chinese character counts once, as the IME's pinyin would be the same with any
 * form). The counts are the numbers the issue compares before and after.
 */
export class KeyboardClerk {
  moves = 0;
  typed = 0;

  constructor(private readonly page: Page) {}

  get total(): number {
    return this.moves + this.typed;
  }

  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      await this.page.keyboard.press(key);
      this.moves += 1;
    }
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.typed += [...text].length;
  }

  /** Tab until `target` has the focus, as a clerk tabs through a form; fails when it is not reached. */
  async tabTo(target: Locator, limit = 80): Promise<void> {
    await this.moveTo(target, 'Tab', limit);
  }

  /** Shift+Tab back until `target` has the focus (a block added above the button that added it). */
  async tabBackTo(target: Locator, limit = 80): Promise<void> {
    await this.moveTo(target, 'Shift+Tab', limit);
  }

  private async moveTo(target: Locator, key: string, limit: number): Promise<void> {
    for (let i = 0; i <= limit; i += 1) {
      if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
      if (i < limit) await this.press(key);
    }
    throw new Error(`${limit} 次 ${key} 没有到达 ${target.toString()}`);
  }

  /** The counts so far, for the test's report. */
  summary(): string {
    return `${this.total} 次按键（移动和操作 ${this.moves}，输入字符 ${this.typed}）`;
  }
}
