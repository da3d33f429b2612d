import { describe, expect, it } from 'vitest';
import { computeReminders } from '../../src-main/core/reminders/engine';
import { shown } from '../../src-main/core/reminders/explanations';
import { statusOf } from '../../src-main/core/reminders/deadlines';
import { listedReminders } from '../../src-main/core/reminders/listed';
import { compareReminders, mergeReminders, sortReminders } from '../../src-main/core/reminders/ordering';
import type { KeptReminder } from '../../src-main/core/reminders/subjects';
import { loadCalendar } from '../../src-main/core/reminders/calendar';
import { listRules } from '../../src-main/core/reminders/rules';
import { reminderStatuses } from '../../src-shared/rules';
import { openTestLedger, seedSettings, type TestLedger } from './helpers';
import { createPerson, personData } from './people';

// reminders.list keeps each person's / case's reminders between calls and recomputes only those a write touched
// (src-main/core/reminders/cache.ts). After every kind of change the kept list must equal a fresh computation from
// the database: the engine run from scratch is the oracle.

async function fresh(ledger: TestLedger, today: string) {
  const db = ledger.core.ledger.db;
  return (await computeReminders(db, await loadCalendar(db), today, await listRules(db))).map(shown);
}

async function expectCurrent(ledger: TestLedger, today: string) {
  const { reminders, totals } = await ledger.call('reminders.list', {});
  expect(reminders).toEqual(await fresh(ledger, today));
  expect(Object.values(totals).reduce((a, b) => a + b, 0)).toBe(reminders.length);
  return reminders;
}

const codesOf = (list: { ruleCode: string; subject: { id: number } | null }[], id: number) =>
  list
    .filter((r) => r.subject?.id === id)
    .map((r) => r.ruleCode)
    .sort();

describe('kept reminders', () => {
  it('follow creates, edits, deletes, restores and purges of people and their events', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    await seedSettings(ledger);
    const a = await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-03-02' }]);
    const b = await createPerson(ledger, [{ type: '入矫宣告', date: '2026-03-02' }]);
    expect(codesOf(await expectCurrent(ledger, '2026-03-03'), a.id)).toContain('CC-03');

    // Recording the asked-for event closes CC-03 and opens CC-04 for that person only.
    await a.update([{ type: '入矫宣告', date: '2026-03-05' }]);
    const afterEdit = await expectCurrent(ledger, '2026-03-03');
    expect(codesOf(afterEdit, a.id)).not.toContain('CC-03');
    expect(codesOf(afterEdit, a.id)).toContain('CC-04');

    await ledger.call('registers.delete', { register: 'correctionSubject', id: b.id });
    expect(codesOf(await expectCurrent(ledger, '2026-03-03'), b.id)).toEqual([]);
    await ledger.call('recycle.restore', { register: 'correctionSubject', id: b.id });
    expect(codesOf(await expectCurrent(ledger, '2026-03-03'), b.id)).toContain('CC-04');
    await ledger.call('registers.delete', { register: 'correctionSubject', id: b.id });
    await ledger.call('recycle.purge', { register: 'correctionSubject', id: b.id });
    await expectCurrent(ledger, '2026-03-03');

    // A person released at the end of the term keeps only the after-term rules.
    await a.update([{ type: '入矫宣告', date: '2026-03-05' }], { state: '期满解矫' });
    expect(codesOf(await expectCurrent(ledger, '2026-03-03'), a.id)).not.toContain('CC-04');
  });

  it('follow writes that bypass the forms, and ignore writes that roll back', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    await seedSettings(ledger);
    const person = await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-03-02' }]);
    await expectCurrent(ledger, '2026-03-03');

    // As an import or a repair would: straight into the table.
    ledger.core.ledger.sqlite
      .prepare("UPDATE record_entry SET entry_date = '2026-02-20' WHERE record_id = ?")
      .run(person.id);
    await expectCurrent(ledger, '2026-03-03');

    // A save refused half-way (an unknown committee) writes nothing, so the kept list must still be right.
    const refused = await ledger.fail('registers.update', {
      register: 'correctionSubject',
      id: person.id,
      data: { ...personData([]), committee_id: 999_999 },
    });
    expect(refused.message).toBeTruthy();
    await expectCurrent(ledger, '2026-03-03');
  });

  it('are worked out afresh for a rule changed, added or removed, and all of them when the calendar changes or on a new day', async () => {
    let today = '2026-03-03';
    const ledger = openTestLedger({ today: () => today });
    await seedSettings(ledger);
    const person = await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-03-02' }]);
    expect(codesOf(await expectCurrent(ledger, today), person.id)).toContain('CC-03');

    await ledger.call('rules.save', { code: 'CC-03', offset: 5, unit: '工作日', enabled: false, task: '入矫宣告' });
    expect(codesOf(await expectCurrent(ledger, today), person.id)).not.toContain('CC-03');
    await ledger.call('rules.save', { code: 'CC-03', offset: 10, unit: '工作日', enabled: true, task: '入矫宣告' });
    const later = (await expectCurrent(ledger, today)).find((r) => r.ruleCode === 'CC-03');
    expect(later?.due).toBe('2026-03-16');
    // A rule the office adds, then removes: only its reminders come and go.
    await ledger.call('rules.create', {
      code: '本所-01',
      subject: 'correctionSubject',
      trigger: 'event:报到（司法所）',
      offset: 3,
      unit: '自然日',
      task: '首次家访',
      doneBy: '实地查访',
      basis: '本所工作制度第三条',
      enabled: true,
    });
    expect(codesOf(await expectCurrent(ledger, today), person.id)).toContain('本所-01');
    await ledger.call('rules.delete', { code: '本所-01' });
    expect(codesOf(await expectCurrent(ledger, today), person.id)).not.toContain('本所-01');

    // An office-entered 2026 that makes 03-04 a holiday moves the due date by a working day.
    const before = (await ledger.call('calendar.get', {})).years.find((y) => y.year === 2026)!;
    await ledger.call('calendar.saveYear', {
      year: 2026,
      holidays: [...before.holidays, { date: '2026-03-04', name: '测试假日' }],
      workdays: before.workdays,
    });
    expect((await expectCurrent(ledger, today)).find((r) => r.ruleCode === 'CC-03')?.due).toBe('2026-03-17');

    today = '2026-03-20';
    const overdue = (await expectCurrent(ledger, today)).find((r) => r.ruleCode === 'CC-03');
    expect(overdue?.status).toBe('overdue');
  });

  it('on 首页 come as the soonest of each status, with the count of all', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    await seedSettings(ledger);
    for (let i = 0; i < 4; i++) await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-02-02' }]);
    const all = await ledger.call('reminders.list', {});
    const firstTwo = await ledger.call('reminders.list', { perStatus: 2 });
    expect(firstTwo.totals).toEqual(all.totals);
    expect(all.totals.overdue).toBeGreaterThan(2);
    expect(firstTwo.reminders.filter((r) => r.status === 'overdue')).toEqual(
      all.reminders.filter((r) => r.status === 'overdue').slice(0, 2),
    );
  });
});

describe('merging kept reminders with new ones', () => {
  const reminder = (due: string | null, ruleCode: string, id: number, text: string): KeptReminder => ({
    ruleCode,
    subject: { register: 'correctionSubject', id, name: `对象${id}` },
    task: '',
    basis: '',
    recurring: false,
    doneBy: { kind: 'none' },
    situation: null,
    due,
    daysLeft: null,
    status: due === null ? 'no-calendar' : 'later',
    because: { text },
  });

  it('gives the order a full sort gives, ties and all', () => {
    // Few distinct values, so runs of equal reminders meet on both sides.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const some = (count: number) =>
      Array.from({ length: count }, () =>
        reminder(next(5) === 0 ? null : `2026-03-0${1 + next(4)}`, `R-${next(3)}`, next(4), `从 ${next(2)}`),
      );
    for (const [kept, added] of [
      [400, 5],
      [5, 400],
      [300, 300],
      [0, 10],
      [10, 0],
    ] as const) {
      const a = sortReminders(some(kept));
      const b = sortReminders(some(added));
      const merged = mergeReminders(a, b);
      expect(merged).toHaveLength(kept + added);
      for (let i = 1; i < merged.length; i++)
        expect(compareReminders(merged[i - 1]!, merged[i]!)).toBeLessThanOrEqual(0);
      expect(new Set(merged)).toEqual(new Set([...a, ...b]));
      // An equal pair keeps the kept one first, as a stable sort of the two lists one after the other would.
      expect(merged).toEqual(sortReminders([...a, ...b]));
    }
  });
});

describe('listing kept reminders for 首页', () => {
  const TODAY = '2026-03-10';
  const reminder = (due: string | null, id: number): KeptReminder => {
    const daysLeft = due === null ? null : Math.round((Date.parse(due) - Date.parse(TODAY)) / 86_400_000);
    return {
      ruleCode: 'R-1',
      subject: { register: 'correctionSubject', id, name: `对象${id}` },
      task: '',
      basis: '',
      doneBy: { kind: 'none' },
      recurring: false,
      situation: null,
      due,
      daysLeft,
      status: daysLeft === null ? 'no-calendar' : statusOf(daysLeft),
      because: { text: `${id}` },
    };
  };

  it('gives what reading every reminder gives: each status’s soonest, in order, and the totals', () => {
    let seed = 11;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const some = (count: number, from: number) =>
      sortReminders(
        Array.from({ length: count }, (_, i) =>
          reminder(next(9) === 0 ? null : `2026-03-${String(1 + next(28)).padStart(2, '0')}`, from + i),
        ),
      );
    for (const [people, office, perStatus] of [
      [some(300, 0), some(4, 1000), 20],
      [some(50, 0), some(3, 1000), 2],
      [some(0, 0), some(5, 1000), 3],
      [some(40, 0), [], undefined],
    ] as const) {
      const all = mergeReminders(people, office);
      const totals = Object.fromEntries(reminderStatuses.map((s) => [s, all.filter((r) => r.status === s).length]));
      const seen: Record<string, number> = {};
      const expected = all.filter((r) => (seen[r.status] = (seen[r.status] ?? 0) + 1) <= (perStatus ?? Infinity));
      expect(listedReminders([people, office], perStatus)).toEqual({ reminders: expected.map(shown), totals });
    }
  });
});
