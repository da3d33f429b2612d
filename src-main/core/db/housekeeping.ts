import type Database from 'better-sqlite3';
import { registers } from '../../../src-shared/registers';
import { searchTableOf } from '../registers/searchIndex';

// Work a save would otherwise pay for every dozen saves or so, done instead while the clerk reads or types: merging
// the search index's small pieces (one per saved transaction), and copying the write-ahead log back into the database
// file (a checkpoint). Either made that one save take 20–30 ms instead of 3 (npm run bench, group 记录). Migration 0012
// turns off FTS5's own merging on save; its crisis merge (16 pieces on one level) still bounds the pieces if the app
// is never idle.

/** Pages the search index may write per merge step; steps repeat while they find work and time is left. */
const MERGE_PAGES = 64;
/**
 * One pass stays this short, so a clerk's click in the middle of it is not kept waiting; the rest waits for the next.
 */
const PASS_MS = 50;

export interface Tidied {
  /** Merge steps that did work, over all search tables. */
  mergeSteps: number;
  /** Log pages copied back into the database file. */
  checkpointedPages: number;
  /** False when the pass ran out of time with merging still to do. */
  finished: boolean;
}

export function tidyLedger(sqlite: Database.Database): Tidied {
  const deadline = performance.now() + PASS_MS;
  const totalChanges = () => (sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  let mergeSteps = 0;
  let finished = true;
  for (const def of registers) {
    const table = searchTableOf(def);
    const merge = sqlite.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('merge', ${MERGE_PAGES})`);
    for (;;) {
      if (performance.now() > deadline) {
        finished = false;
        break;
      }
      const before = totalChanges();
      merge.run();
      // FTS5's documented test: fewer than two changes means there was nothing left to merge.
      if (totalChanges() - before < 2) break;
      mergeSteps++;
    }
  }
  const [result] = sqlite.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
  return { mergeSteps, checkpointedPages: Math.max(0, result?.checkpointed ?? 0), finished };
}

/**
 * Runs `tidy` once the app has had no call for IDLE_MS; every call starts the wait again. A pass that reports work
 * left (`finished: false`) is followed by another after the same pause.
 */
export class IdleHousekeeping {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly tidy: () => Promise<Tidied | null>,
    private readonly idleMs = IDLE_MS,
  ) {}

  private closed = false;

  touch(): void {
    if (this.closed) return;
    this.clear();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.tidy().then((tidied) => {
        if (tidied && !tidied.finished && this.timer === null) this.touch();
      });
    }, this.idleMs);
    // Waiting to tidy up must never keep the process alive.
    this.timer.unref();
  }

  /** No more passes: the ledger is closing. */
  close(): void {
    this.closed = true;
    this.clear();
  }

  private clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** A pause in the clerk's work: long enough not to fall between the calls of one page, short enough to come often. */
export const IDLE_MS = 2_000;
