import { describe, expect, it } from 'vitest';
import type { Lookups } from '../../src-shared/handlers';
import { recordName } from '../../src-shared/recordName';
import { backupInWords, changeInWords, entryDetails, recordInWords } from '../../src-renderer/src/lib/auditText';
import { openTestLedger } from './helpers';
import { createPerson } from './people';

// 操作日志 in words: the lines written through the real API (registers.create / update) read back through
// audit.search and described as 操作日志 shows them; older lines (a bare summary, a backup's file name) still read.

const lookups: Lookups = { committees: [], staff: [], mediators: [], accountNames: [], assessmentGrades: [] };
const CODE_OR_ARROW = /#\d+|→|ledger-|\.sqlite3/u;

describe('操作日志 in words', () => {
  it('names the record by its person and date, and says what changed in words', async () => {
    const ledger = openTestLedger({ today: '2026-11-20' });
    const person = await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-01-05' }], {
      phone: '13800000001',
    });
    await person.update([{ type: '通信联络', date: '2026-11-20' }], { phone: '13900000002' });
    const { entries } = await ledger.call('audit.search', { register: 'correctionSubject' });
    const [update, create] = entries;
    expect(create!.summary).toBe(recordName('correctionSubject', { name: '欧阳明', start_date: '2026-01-05' }));
    expect(recordInWords(update!)).toMatch(/^社区矫正对象.*：\S+ 2026-01-05$/u);
    const lines = entryDetails(update!, lookups);
    expect(lines).toContain('事件记录：增加一条 通信联络 2026-11-20');
    expect(lines.find((l) => l.startsWith('联系电话'))).toMatch(/^联系电话：由“138\S*”改为“139\S*”$/u);
    for (const line of [...lines, recordInWords(update!)]) expect(line).not.toMatch(CODE_OR_ARROW);
  });

  it('reads lines written before: a bare summary, a record without one, a backup by its file name', () => {
    expect(recordInWords({ register: 'mediationCase', summary: '（2026）东调字第3号' })).toBe(
      '人民调解收结案登记簿：（2026）东调字第3号',
    );
    expect(recordInWords({ register: 'petition', summary: '' })).toBe('来信来访登记簿中的一条记录');
    const line = backupInWords('从备份 ledger-2026-12-02T00-30-00-000Z-startup.sqlite3 恢复');
    expect(line).toMatch(/^从备份 “2026-12-0[12] \d{2}:30 启动时自动备份” 恢复$/u);
    expect(backupInWords('立即备份 ledger-2026-12-02T06-35-40-123Z-manual.sqlite3')).toMatch(/手动备份”$/u);
  });

  it('a filled, a cleared and a changed value, and an entry list edited', () => {
    const label = { field: 'phone', label: '联系电话' };
    expect(changeInWords('correctionSubject', { ...label, before: null, after: '13900000002' }, lookups)).toMatch(
      /^联系电话：填写“/u,
    );
    expect(changeInWords('correctionSubject', { ...label, before: '13900000002', after: '' }, lookups)).toMatch(
      /^联系电话：清空（原为“/u,
    );
    const events = { field: 'events', label: '事件记录' };
    const call = { type: '通信联络', date: '2026-11-20', note: null, result: null };
    const visit = { type: '实地查访', date: '2026-11-21', note: null, result: null };
    expect(changeInWords('correctionSubject', { ...events, before: [call, visit], after: [call] }, lookups)).toBe(
      '事件记录：删除一条 实地查访 2026-11-21',
    );
    expect(
      changeInWords(
        'correctionSubject',
        { ...events, before: [call], after: [{ ...call, date: '2026-11-22' }] },
        lookups,
      ),
    ).toBe('事件记录：修改一条 通信联络 2026-11-22');
  });
});
