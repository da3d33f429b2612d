import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_MS } from '../../src-main/core/db/housekeeping';
import { registerDef } from '../../src-shared/registers';
import { openTestLedger, seedSettings, type TestLedger } from './helpers';
import { createPerson } from './people';
import { committeeIdsOf, samplePerson, sampleRecord } from './samples';

// A save no longer merges the search index's pieces nor checkpoints the log (npm run bench showed one save in a dozen
// taking 20–30 ms for it); the app does both once the clerk pauses. Nothing a search finds may change.

const def = registerDef('petition');
const NAMES = ['王小明', '李红', '张三丰', '赵敏', '王芳', '刘洋', '陈静', '杨帆', '黄磊', '周杰'];

async function tenVisits(ledger: TestLedger): Promise<void> {
  const committeeIds = committeeIdsOf(await seedSettings(ledger));
  for (const name of NAMES) {
    await ledger.call('registers.create', {
      register: 'petition',
      data: { ...sampleRecord(def, { committeeIds }), visitors: [samplePerson(name)] },
    });
  }
}

const indexRows = (ledger: TestLedger) =>
  (ledger.core.ledger.sqlite.prepare('SELECT count(*) AS n FROM petition_search_data').get() as { n: number }).n;

async function found(ledger: TestLedger): Promise<Record<string, number[]>> {
  const result: Record<string, number[]> = {};
  for (const q of ['王', '王小', '张三丰', 'zsf', '李']) {
    result[q] = (await ledger.call('registers.list', { register: 'petition', q })).rows
      .map((r) => r.id)
      .sort((a, b) => a - b);
  }
  return result;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('housekeeping when the clerk pauses', () => {
  it('merges the pieces each save left in the search index and checkpoints the log; searches find the same', async () => {
    const ledger = openTestLedger();
    await tenVisits(ledger);
    const pieces = indexRows(ledger);
    // Ten saves, ten pieces at least: nothing was merged while saving.
    expect(pieces).toBeGreaterThanOrEqual(10);
    const before = await found(ledger);
    expect(before['王']).toHaveLength(2);

    const tidied = await ledger.core.tidy();
    expect(tidied).toMatchObject({ finished: true });
    expect(tidied?.mergeSteps).toBeGreaterThan(0);
    expect(tidied?.checkpointedPages).toBeGreaterThan(0);
    expect(indexRows(ledger)).toBeLessThan(pieces / 2);
    expect(await found(ledger)).toEqual(before);
    const [log] = ledger.core.ledger.sqlite.pragma('wal_checkpoint(PASSIVE)') as {
      log: number;
      checkpointed: number;
    }[];
    expect(log?.checkpointed).toBe(log?.log);

    // Nothing left to merge the second time.
    expect(await ledger.core.tidy()).toMatchObject({ mergeSteps: 0, finished: true });
  });

  it('runs by itself after a pause in the calls, and not before', async () => {
    const ledger = openTestLedger();
    await tenVisits(ledger);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await ledger.call('registers.list', { register: 'petition' });
    const pieces = indexRows(ledger);
    await vi.advanceTimersByTimeAsync(IDLE_MS / 2);
    // Another call starts the wait again.
    await ledger.call('registers.list', { register: 'petition' });
    await vi.advanceTimersByTimeAsync(IDLE_MS / 2 + 100);
    await ledger.core.serial(async () => undefined);
    expect(indexRows(ledger)).toBe(pieces);
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    await ledger.core.serial(async () => undefined);
    expect(indexRows(ledger)).toBeLessThan(pieces / 2);
  });

  it("works 首页's reminders out in the pause too, so 首页 finds them ready", async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    await seedSettings(ledger);
    const pending = () => {
      const sqlite = ledger.core.ledger.sqlite;
      const kept = sqlite
        .prepare("SELECT count(*) AS n FROM temp.sqlite_master WHERE name = 'reminder_dirty'")
        .get() as { n: number };
      return kept.n === 0
        ? null
        : (sqlite.prepare('SELECT count(*) AS n FROM temp.reminder_dirty').get() as { n: number }).n;
    };
    // Nothing kept before the first time (at start, startup.ts asks for it at once).
    expect(pending()).toBeNull();
    await ledger.core.refreshReminders();
    expect(pending()).toBe(0);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const person = await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-03-02' }]);
    // The save is noted for the next working-out …
    expect(pending()).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(IDLE_MS + 100);
    await ledger.core.serial(async () => undefined);
    // … which the pause did: 首页 then only reads the kept list, and it has the new person's reminders.
    expect(pending()).toBe(0);
    const { reminders } = await ledger.call('reminders.list', {});
    expect(reminders.filter((r) => r.subject?.id === person.id).map((r) => r.ruleCode)).toContain('CC-03');
  });
});
