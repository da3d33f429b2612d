import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { LedgerDatabase } from '../../src-main/core/db/schema';
import { listOrder } from '../../src-main/core/registers/repository';
import { loadCalendar } from '../../src-main/core/reminders/calendar';
import { computeReminders } from '../../src-main/core/reminders/engine';
import { listRules } from '../../src-main/core/reminders/rules';
import { isSortable, registerDef, registers } from '../../src-shared/registers';
import { openTestLedger, seedSettings } from './helpers';
import { committeeIdsOf, sampleRecord } from './samples';

// Speed without a stopwatch (the 列表 budget of npm run bench): a list page sorted by any column a clerk can click must
// be read in order from an index, 50 rows at a time; a plan that sorts the whole book in a temporary B-tree is what
// took 41 ms on ten years of 来信来访. Long free text (事由, 案情) is the one exception: an index of it would cost more
// than that rare sort.

describe('list pages', () => {
  it('read every sortable column in order from an index', () => {
    const ledger = openTestLedger();
    const sqlite = ledger.core.ledger.sqlite;
    const sorts = registers.flatMap((def) =>
      [
        ...def.fields.filter((f) => f.list && isSortable(f) && f.type !== 'textarea').map((f) => f.key),
        def.defaultSort.key,
      ].map((key) => ({ def, key })),
    );
    const sortedInMemory = sorts.flatMap(({ def, key }) =>
      (['asc', 'desc'] as const).flatMap((order) => {
        const by = listOrder(def, key)
          .map((k) => `${k} ${order}`)
          .join(', ');
        const plan = sqlite
          .prepare(`EXPLAIN QUERY PLAN SELECT * FROM ${def.table} WHERE deleted_at IS NULL ORDER BY ${by} LIMIT 50`)
          .all() as { detail: string }[];
        return plan.some((step) => step.detail.includes('TEMP B-TREE')) ? [`${def.table} ORDER BY ${by}`] : [];
      }),
    );
    expect(sorts.length).toBeGreaterThan(40);
    expect(sortedInMemory).toEqual([]);
  });
});

describe('首页 reminders from scratch', () => {
  it('read cases, people and events from their covering indexes (migrations 0011, 0013, 0018)', async () => {
    const ledger = openTestLedger();
    const committeeIds = committeeIdsOf(await seedSettings(ledger));
    for (const register of ['mediationCase', 'correctionSubject'] as const) {
      const data = {
        ...sampleRecord(registerDef(register), { committeeIds, date: '2026-10-01' }),
        ...(register === 'correctionSubject'
          ? { state: '在矫' }
          : { events: [{ type: '协议生效', date: '2026-10-08' }] }),
      };
      await ledger.call('registers.create', { register, data });
    }
    const sqlite = ledger.core.ledger.sqlite;
    const queries: { sql: string; parameters: readonly unknown[] }[] = [];
    // The engine's own queries, as it sends them, captured on the ledger's connection.
    const db = new Kysely<LedgerDatabase>({
      dialect: new SqliteDialect({ database: sqlite }),
      log: (event) => void queries.push({ sql: event.query.sql, parameters: event.query.parameters }),
    });
    await computeReminders(db, await loadCalendar(db), '2026-11-21', await listRules(db));
    const plans = queries
      .filter((q) => /from "(mediation_case|correction_subject|record_entry)"/.test(q.sql))
      .map((q) =>
        (sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.parameters) as { detail: string }[])
          .map((step) => step.detail)
          .join(' | '),
      );
    // Per register: the span of the subjects' ids, their events, then their rows (a case only if an event starts a
    // rule); for people also their 审批事项, read whole (they are few).
    expect(plans).toHaveLength(7);
    // The span only counts ids: SQLite may take any narrower index that covers it.
    expect(plans.filter((p) => p.startsWith('SEARCH mediation_case'))).toEqual([
      expect.stringContaining('USING COVERING INDEX mediation_case_'),
      expect.stringContaining('USING COVERING INDEX mediation_case_reminder_subjects'),
    ]);
    expect(plans.filter((p) => p.startsWith('SEARCH correction_subject'))).toEqual([
      expect.stringContaining('USING COVERING INDEX correction_subject_reminder_subjects'),
      expect.stringContaining('USING COVERING INDEX correction_subject_reminder_subjects'),
    ]);
    const entries = plans.filter((p) => p.startsWith('SEARCH record_entry'));
    const events = entries.filter((p) => p.includes('record_entry_events'));
    expect(events).toHaveLength(2);
    for (const plan of events) expect(plan).toContain('USING COVERING INDEX record_entry_events');
    expect(entries.filter((p) => !events.includes(p))).toEqual([
      expect.stringContaining('USING INDEX record_entry_by_record (register=? AND record_id=? AND kind=?)'),
    ]);
  });
});
