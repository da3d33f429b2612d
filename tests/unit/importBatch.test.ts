import { describe, expect, it } from 'vitest';
import type { ApiInput } from '../../src-shared/handlers';
import { registerDef } from '../../src-shared/registers';
import { insertAccount, startSession } from '../support/session';
import { openTestLedger, seedSettings, type TestLedger } from './helpers';
import { committeeIdsOf, sampleRecord, type SampleData } from './samples';

// The write side of 导入 (issue 21): preview checks, one-transaction commit, 导入记录 and 撤销导入, on a real ledger.

type Rows = ApiInput<'imports.commit'>['rows'];

async function office(): Promise<{ ledger: TestLedger; committeeIds: number[] }> {
  const ledger = openTestLedger({ today: '2026-12-03' });
  return { ledger, committeeIds: committeeIdsOf(await seedSettings(ledger)) };
}

/** A 来信来访 row naming `name` on `date`. */
const petition = (committeeIds: number[], name: string, date = '2026-03-15'): SampleData =>
  sampleRecord(registerDef('petition'), { committeeIds, name, date });

/** A 人民调解案件 row of the 东 committee, accepted on `date`, its own 卷号 if given. */
function mediation(committeeIds: number[], name: string, date: string, caseNo?: string): SampleData {
  const data = sampleRecord(registerDef('mediationCase'), { committeeIds, name, date });
  return caseNo ? { ...data, case_no: caseNo } : data;
}

const numbered = (rows: SampleData[]): Rows => rows.map((data, i) => ({ line: i + 3, data }));
const NAMES = ['赵一', '钱二', '孙三', '李四', '周五', '吴六', '郑七', '王八', '冯九', '陈十'];

describe('import commit', () => {
  it('writes every row as a record findable by list and search, records the batch and logs it', async () => {
    const { ledger, committeeIds } = await office();
    const rows = numbered(NAMES.map((n) => petition(committeeIds, n)));
    const result = await ledger.call('imports.commit', { register: 'petition', fileName: '来访2025.xlsx', rows });
    expect(result.ids).toHaveLength(NAMES.length);

    const list = await ledger.call('registers.list', { register: 'petition', pageSize: 50 });
    expect(list.total).toBe(NAMES.length);
    const found = await ledger.call('registers.list', { register: 'petition', q: '孙三' });
    expect(found.rows.map((r) => r.id)).toEqual([result.ids[2]]);
    expect(found.rows[0]!.data['registered_by']).toBe('王晓红');
    expect(found.rows[0]!.data['visitors']).toEqual([expect.objectContaining({ kind: '自然人', name: '孙三' })]);
    expect((await ledger.call('registers.list', { register: 'petition', q: 'ss' })).rows.map((r) => r.id)).toEqual([
      result.ids[2],
    ]);

    const { batches } = await ledger.call('imports.list', {});
    expect(batches).toEqual([
      expect.objectContaining({
        id: result.batchId,
        register: 'petition',
        fileName: '来访2025.xlsx',
        createdBy: '王晓红',
        rowCount: NAMES.length,
        liveCount: NAMES.length,
        undoneAt: null,
      }),
    ]);
    const log = await ledger.call('audit.search', { action: 'import' });
    expect(log.total).toBe(NAMES.length + 1);
    expect(log.entries[0]!.summary).toBe(
      `导入“来访2025.xlsx”到${registerDef('petition').title}，共 10 条（第 ${result.batchId} 批）`,
    );
    const history = await ledger.call('audit.record', { register: 'petition', id: result.ids[0]! });
    expect(history.entries.map((e) => e.action)).toEqual(['import']);
    expect(history.entries[0]!.changes.length).toBeGreaterThan(0);
  });

  it('writes nothing when one row fails, and names that row and its cause', async () => {
    const { ledger, committeeIds } = await office();
    const rows = numbered(NAMES.slice(0, 5).map((n) => petition(committeeIds, n)));
    rows[3] = { line: rows[3]!.line, data: { ...rows[3]!.data, visit_date: null } };
    const error = await ledger.fail('imports.commit', { register: 'petition', fileName: '来访.xlsx', rows });
    expect(error.message).toMatch(/^第6行：.*来访日期/);
    expect(error.message).toContain('整批没有导入');
    expect((await ledger.call('registers.list', { register: 'petition' })).total).toBe(0);
    expect((await ledger.call('imports.list', {})).batches).toEqual([]);
    expect((await ledger.call('audit.search', { action: 'import' })).total).toBe(0);
  });

  it('rolls back the rows already written when a later one fails while being written', async () => {
    const { ledger, committeeIds } = await office();
    // A failure no check foresees (the disk, a fault): the fourth row's insert is refused by the database itself.
    ledger.core.ledger.sqlite.exec(
      "CREATE TEMP TRIGGER refuse_fourth BEFORE INSERT ON petition WHEN NEW.registered_on = '2026-03-19' BEGIN SELECT RAISE(ABORT, 'disk'); END",
    );
    const rows = numbered(NAMES.slice(0, 5).map((n, i) => petition(committeeIds, n, `2026-03-${16 + i}`)));
    const error = await ledger.fail('imports.commit', { register: 'petition', fileName: '来访.xlsx', rows });
    expect(error.message).toMatch(/^操作没有完成，数据未作改动/);
    expect((await ledger.call('registers.list', { register: 'petition' })).total).toBe(0);
    expect((await ledger.call('registers.list', { register: 'petition', q: '赵一' })).total).toBe(0);
    expect((await ledger.call('imports.list', {})).batches).toEqual([]);
    expect((await ledger.call('audit.search', { action: 'import' })).total).toBe(0);
  });
});

describe('import preview', () => {
  it('flags rows of the same person, date and matter as a live record or as another row of the file', async () => {
    const { ledger, committeeIds } = await office();
    const typed = await ledger.call('registers.create', { register: 'petition', data: petition(committeeIds, '赵一') });
    const rows = numbered([
      { ...petition(committeeIds, '赵一') }, // as the typed record
      petition(committeeIds, '钱二'),
      // Padded as old sheets pad names: still the same person.
      { ...petition(committeeIds, '钱二'), visitors: [{ kind: '自然人', name: '钱 二', sex: '男' }] },
      petition(committeeIds, '孙三'),
      petition(committeeIds, '孙三', '2026-03-16'), // another day: not a duplicate
      { ...petition(committeeIds, '李四'), visit_date: '2026-13-01' },
    ]);
    const preview = await ledger.call('imports.preview', { register: 'petition', fileName: 'a.csv', rows });
    expect(preview.rows.map((r) => [r.line, r.status])).toEqual([
      [3, '疑似重复'],
      [4, '疑似重复'],
      [5, '疑似重复'],
      [6, '可导入'],
      [7, '可导入'],
      [8, '有错误'],
    ]);
    expect(preview.rows[0]!.duplicates).toEqual([{ kind: 'ledger', id: typed.id, name: '赵一 2026-03-15' }]);
    expect(preview.rows[1]!.duplicates).toEqual([{ kind: 'file', line: 5 }]);
    expect(preview.rows[2]!.duplicates).toEqual([{ kind: 'file', line: 4 }]);
    expect(preview.rows[5]!.errors.join()).toMatch(/来访日期/);
    expect(preview.counts).toEqual({ ready: 2, errors: 1, duplicates: 3 });
    // A record in 回收站 is not a duplicate; preview writes nothing.
    await ledger.call('registers.delete', { register: 'petition', id: typed.id });
    const again = await ledger.call('imports.preview', { register: 'petition', fileName: 'a.csv', rows });
    expect(again.rows[0]!.status).toBe('可导入');
    expect((await ledger.call('imports.list', {})).batches).toEqual([]);
  });

  it('numbers cases without a 卷号 in order of 受理日期 after every number used, and keeps the ones given', async () => {
    const { ledger, committeeIds } = await office();
    const typed = await ledger.call('registers.create', {
      register: 'mediationCase',
      data: mediation(committeeIds, '赵一', '2026-02-01'),
    });
    expect(typed.data['case_no']).toBe('（2026）东人调字第1号');
    const rows = numbered([
      mediation(committeeIds, '钱二', '2026-05-01'),
      mediation(committeeIds, '孙三', '2026-04-01'),
      mediation(committeeIds, '李四', '2026-03-01', '（2026）东人调字第7号'),
      mediation(committeeIds, '周五', '2025-06-01', '东调2025-3'),
      // Accepted on the last day of 2025, numbered in 2026's series by the office of the time.
      mediation(committeeIds, '吴六', '2025-12-31', '（2026）东人调字第2号'),
      // Another committee's 卷号 on a case of 东: kept, outside 东's numbering.
      mediation(committeeIds, '褚十一', '2026-06-01', '（2026）新桥人调字第30号'),
    ]);
    const preview = await ledger.call('imports.preview', { register: 'mediationCase', fileName: 'b.xlsx', rows });
    expect(preview.rows.map((r) => [r.status, r.caseNo])).toEqual([
      ['可导入', '（2026）东人调字第9号'],
      ['可导入', '（2026）东人调字第8号'],
      ['可导入', '（2026）东人调字第7号'],
      ['可导入', '东调2025-3'],
      ['可导入', '（2026）东人调字第2号'],
      ['可导入', '（2026）新桥人调字第30号'],
    ]);
    const { ids } = await ledger.call('imports.commit', { register: 'mediationCase', fileName: 'b.xlsx', rows });
    const caseNos = await Promise.all(
      ids.map(async (id) => (await ledger.call('registers.get', { register: 'mediationCase', id })).data['case_no']),
    );
    expect(caseNos).toEqual(preview.rows.map((r) => r.caseNo));
    // The office's own numbering goes on after the imported numbers.
    const next = await ledger.call('registers.create', {
      register: 'mediationCase',
      data: mediation(committeeIds, '郑七', '2026-11-01'),
    });
    expect(next.data['case_no']).toBe('（2026）东人调字第10号');
    // 2025 holds only a 卷号 of a form of its own: the office's numbering of 2025 still starts at 1.
    const first2025 = await ledger.call('registers.create', {
      register: 'mediationCase',
      data: mediation(committeeIds, '冯九', '2025-11-01'),
    });
    expect(first2025.data['case_no']).toBe('（2025）东人调字第1号');
    const found = await ledger.call('registers.list', { register: 'mediationCase', q: '第8号' });
    expect(found.rows.map((r) => r.id)).toEqual([ids[1]]);
    // Saved again after the import, a case keeps its 卷号 (its own, or the one the import gave it).
    for (const id of ids) {
      const before = await ledger.call('registers.get', { register: 'mediationCase', id });
      const { case_no: _number, source_ref: _source, ...editable } = before.data;
      const after = await ledger.call('registers.update', {
        register: 'mediationCase',
        id,
        data: { ...editable, remark: '核对过' },
      });
      expect(after.data['case_no']).toBe(before.data['case_no']);
    }
  });

  it('refuses a 卷号 already used in the ledger or in another row, naming it', async () => {
    const { ledger, committeeIds } = await office();
    await ledger.call('registers.create', {
      register: 'mediationCase',
      data: mediation(committeeIds, '赵一', '2026-02-01'),
    });
    const rows = numbered([
      mediation(committeeIds, '钱二', '2026-05-01', '（2026）东人调字第1号'),
      mediation(committeeIds, '孙三', '2026-04-01', '(2026)东人调字第1号'),
      mediation(committeeIds, '李四', '2026-03-01', '（2026）东人调字第5号'),
      mediation(committeeIds, '周五', '2026-03-02', '（2026）东人调字第5号'),
    ]);
    const preview = await ledger.call('imports.preview', { register: 'mediationCase', fileName: 'c.xlsx', rows });
    expect(preview.rows.map((r) => [r.status, r.errors])).toEqual([
      ['有错误', ['卷号“（2026）东人调字第1号”已被使用：登记簿中已有这个卷号的案件']],
      ['有错误', ['卷号“(2026)东人调字第1号”与登记簿中已有的“（2026）东人调字第1号”编号相同']],
      ['可导入', []],
      ['有错误', ['卷号“（2026）东人调字第5号”与第5行重复']],
    ]);
    const error = await ledger.fail('imports.commit', { register: 'mediationCase', fileName: 'c.xlsx', rows });
    expect(error.message).toBe(
      '第3行：卷号“（2026）东人调字第1号”已被使用：登记簿中已有这个卷号的案件。整批没有导入，请改正后重试',
    );
    expect((await ledger.call('registers.list', { register: 'mediationCase' })).total).toBe(1);
  });
});

describe('undo import', () => {
  it('moves exactly the batch’s live records to 回收站, once, and they can be restored', async () => {
    const { ledger, committeeIds } = await office();
    const typed = await ledger.call('registers.create', { register: 'petition', data: petition(committeeIds, '郑七') });
    const other = await ledger.call('imports.commit', {
      register: 'petition',
      fileName: '另一批.xlsx',
      rows: numbered([petition(committeeIds, '王八')]),
    });
    const { batchId, ids } = await ledger.call('imports.commit', {
      register: 'petition',
      fileName: '来访.xlsx',
      rows: numbered(NAMES.slice(0, 3).map((n) => petition(committeeIds, n))),
    });
    // One of them the clerk already deleted by hand: it stays where it is, deleted once.
    await ledger.call('registers.delete', { register: 'petition', id: ids[0]! });

    const undone = await ledger.call('imports.undo', { batchId });
    expect(undone).toMatchObject({ id: batchId, liveCount: 0, rowCount: 3, undoneBy: '王晓红' });
    expect(undone.undoneAt).not.toBeNull();
    const live = await ledger.call('registers.list', { register: 'petition' });
    expect(live.rows.map((r) => r.id).sort()).toEqual([typed.id, other.ids[0]].sort());
    const recycled = await ledger.call('recycle.list', {});
    expect(recycled.items.map((r) => r.id).sort()).toEqual([...ids].sort());
    const deletes = await ledger.call('audit.search', { action: 'delete' });
    expect(deletes.total).toBe(3);
    expect((await ledger.call('audit.search', { action: 'undoImport' })).entries[0]!.summary).toContain('来访.xlsx');

    const again = await ledger.fail('imports.undo', { batchId });
    expect(again.message).toBe(`第 ${batchId} 批导入已由王晓红撤销，不能重复撤销`);
    expect((await ledger.fail('imports.undo', { batchId: 999 })).message).toBe('没有这一批导入（第 999 批）');

    await ledger.call('recycle.restore', { register: 'petition', id: ids[1]! });
    expect((await ledger.call('registers.list', { register: 'petition', q: '钱二' })).total).toBe(1);
    const [newest, older] = (await ledger.call('imports.list', {})).batches;
    expect([newest!.id, newest!.liveCount, older!.id, older!.undoneAt]).toEqual([batchId, 1, other.batchId, null]);
  });

  it('lets only whoever imported a batch, or an administrator, undo it', async () => {
    const { ledger, committeeIds } = await office();
    for (const [username, name] of [
      ['liming', '李明'],
      ['zhangli', '张丽'],
    ] as const)
      insertAccount(ledger.core, { username, name, role: 'staff' }, 'not-a-real-hash');
    const [liming, zhangli] = [startSession(ledger.core, 'liming')!, startSession(ledger.core, 'zhangli')!];
    const rows = numbered([petition(committeeIds, '赵一')]);
    const imported = await ledger.core.invoke(
      'imports.commit',
      { register: 'petition', fileName: '李明.xlsx', rows },
      liming,
    );
    if (!imported.ok) throw new Error(imported.error.message);
    const { batchId } = imported.value as { batchId: number };

    const refused = await ledger.core.invoke('imports.undo', { batchId }, zhangli);
    expect(refused).toMatchObject({
      ok: false,
      error: { message: `第 ${batchId} 批导入是李明导入的，只有李明或管理员可以撤销` },
    });
    expect((await ledger.call('registers.list', { register: 'petition' })).total).toBe(1);
    expect(await ledger.core.invoke('imports.undo', { batchId }, liming)).toMatchObject({
      ok: true,
      value: { undoneBy: '李明' },
    });

    const second = await ledger.core.invoke(
      'imports.commit',
      { register: 'petition', fileName: '又一批.xlsx', rows },
      liming,
    );
    if (!second.ok) throw new Error(second.error.message);
    const undone = await ledger.call('imports.undo', { batchId: (second.value as { batchId: number }).batchId });
    expect(undone.undoneBy).toBe('王晓红');
  });
});

describe('import mapping', () => {
  it('remembers the mapping last confirmed for each book', async () => {
    const { ledger } = await office();
    expect(await ledger.call('imports.mapping.get', { register: 'petition' })).toEqual({ mapping: null });
    await ledger.call('imports.mapping.save', { register: 'petition', mapping: { 姓名: 'visitors', 备注栏: '' } });
    await ledger.call('imports.mapping.save', { register: 'petition', mapping: { 来访人: 'visitors' } });
    expect(await ledger.call('imports.mapping.get', { register: 'petition' })).toEqual({
      mapping: { 来访人: 'visitors' },
    });
    expect(await ledger.call('imports.mapping.get', { register: 'legalAid' })).toEqual({ mapping: null });
  });
});
