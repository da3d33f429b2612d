import type { Ledger } from './db/open';
import { UserError } from './errors';

/**
 * The database the core is running on, which a restore swaps while the app runs: handlers ask for it per call
 * instead of keeping a connection. Empty (with the reason) while the recovery screen is shown.
 */
export class LedgerSlot {
  private ledger: Ledger | null;
  private why: string | null;
  private readonly emptied: (() => void)[] = [];

  constructor(ledger: Ledger | null, problem: string | null = null) {
    this.ledger = ledger;
    this.why = ledger ? null : (problem ?? '数据文件无法打开');
  }

  /** The open ledger; refuses, in Chinese, while there is none. */
  get(): Ledger {
    if (!this.ledger) throw new UserError(`${this.why ?? '数据文件无法打开'}。请在恢复页面选择一个备份恢复。`);
    return this.ledger;
  }

  peek(): Ledger | null {
    return this.ledger;
  }

  get problem(): string | null {
    return this.why;
  }

  fill(ledger: Ledger): void {
    this.ledger = ledger;
    this.why = null;
  }

  /** Takes the ledger out (the caller closes it); `problem` says why the app now has none. */
  empty(problem: string): Ledger | null {
    const previous = this.ledger;
    this.ledger = null;
    this.why = problem;
    if (previous) for (const listener of this.emptied) listener();
    return previous;
  }

  /** Runs `listener` each time a ledger is taken out: whatever was bound to that ledger ends with it. */
  onEmptied(listener: () => void): void {
    this.emptied.push(listener);
  }
}
