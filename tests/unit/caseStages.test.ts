import { describe, expect, it } from 'vitest';
import { bookColumns } from '../../src-main/core/reports/registerBook';
import { INITIAL_USER, registerDef, registers, type RecordData } from '../../src-shared/registers';
import { MEDIATION_STAGES } from '../../src-shared/registers/books/mediationCase';
import { recordSchema } from '../../src-shared/registers/schema';
import { formSections, sectionProgress } from '../../src-renderer/src/lib/formSections';
import { cellValue, pendingText } from '../../src-renderer/src/lib/format';
import { emptyValues, toApiData, type FormValues } from '../../src-renderer/src/lib/formValues';
import { insertAccount, startSession, TEST_ADMIN } from '../support/session';
import { openTestLedger, seedSettings } from './helpers';

// Forms that start where the work starts (登记日期/登记人 first, filled with today and the person logged in; every
// account in the 工作人员 pick lists; a 工作人员 added from a form), and the mediation case as its stages.

const mediation = registerDef('mediationCase');
const noLookups = { committees: [], staff: [], mediators: [], accountNames: [], assessmentGrades: [] };

describe('登记日期 and 登记人 open every form', () => {
  it('puts 登记日期 and 登记人 first in every book, the new form filling them with today and the person logged in', () => {
    for (const def of registers) {
      expect(
        def.fields.slice(0, 2).map((f) => f.key),
        def.title,
      ).toEqual(['registered_on', 'registered_by']);
      expect(def.fields.at(-1)?.key, def.title).toBe('remark');
      const empty = emptyValues(def, '2026-12-03', '王晓红');
      expect([empty['registered_on'], empty['registered_by']], def.title).toEqual(['2026-12-03', '王晓红']);
    }
    expect(registerDef('petition').fields[1]?.initial).toBe(INITIAL_USER);
  });

  it('keeps 登记日期, 登记人 and 备注 the last columns of the printed books, as paper books end a line', () => {
    for (const def of registers) {
      expect(
        bookColumns(def)
          .slice(-3)
          .map((c) => c.label),
        def.title,
      ).toEqual(['登记日期', '登记人', '备注']);
    }
  });
});

describe('the mediation case as its stages', () => {
  it('lays the form out as 受理 → 调查 → 调解 → 协议 → 结案 → 回访 → 立卷, 登记日期 and 登记人 heading 受理', () => {
    expect(mediation.stages).toEqual(['受理', '调查', '调解', '协议', '结案', '回访', '立卷']);
    expect(mediation.stages).toEqual(MEDIATION_STAGES);
    const sections = formSections(mediation);
    expect(sections.slice(0, MEDIATION_STAGES.length).map(([name]) => name)).toEqual([...MEDIATION_STAGES]);
    expect(sections.map(([name]) => name).slice(MEDIATION_STAGES.length)).toEqual(['防止激化', '事件记录', '备注']);
    const [acceptance] = sections;
    expect(acceptance?.[1].slice(0, 2).map((f) => f.key)).toEqual(['registered_on', 'registered_by']);
    const stageOf = (key: string) => mediation.fields.find((f) => f.key === key)?.section;
    expect(
      ['investigations', 'sessions', 'agreement_terms', 'close_date', 'revisit_date', 'filed_by'].map(stageOf),
    ).toEqual(['调查', '调解', '协议', '结案', '回访', '立卷']);
  });

  it('says of each stage whether it is filled, due next or not reached yet', () => {
    const empty = emptyValues(mediation, '2026-12-03', '王晓红');
    const states = (values: typeof empty, errors: Record<string, string> = {}) =>
      Object.fromEntries(sectionProgress(mediation, values, errors).map((s) => [s.name, s.state]));
    // A new form: what it starts with (today, the person logged in, 汉族) is not the clerk's work.
    expect(states(empty)).toMatchObject({ 受理: 'due', 调查: 'ahead', 立卷: 'ahead', 备注: 'empty' });
    const accepted = { ...empty, committee_id: 1, summary: '宅基地边界纠纷' };
    expect(states(accepted)).toMatchObject({ 受理: 'done', 调查: 'due', 调解: 'ahead' });
    expect(states(accepted, { dispute_type: '请选择纠纷类型' })).toMatchObject({ 受理: 'incomplete' });
    // 调查 passed over (it is 按需): once 调解 is filled it reads 未填, and 协议 is due.
    const mediated = { ...accepted, sessions: [{ place: '村委会' }] };
    expect(states(mediated)).toMatchObject({ 受理: 'done', 调查: 'skipped', 调解: 'done', 协议: 'due', 结案: 'ahead' });
    // A 申请人 block counts once it has a name.
    const named = { ...empty, applicants: [{ ...(empty['applicants'] as object[])[0], name: '欧阳明' }] };
    expect(states(named as typeof empty)).toMatchObject({ 受理: 'done' });
  });

  it('reads an empty 调解结果 as 在办 while the case has no 结案日期, and stores nothing for it', () => {
    const result = mediation.fields.find((f) => f.key === 'result')!;
    const open: RecordData = { result: null, close_date: null };
    expect(pendingText(result, open)).toBe('在办');
    expect(cellValue(result, open, noLookups, false)).toBe('在办');
    expect(cellValue(result, { result: null, close_date: '2026-12-01' }, noLookups, false)).toBe('');
    expect(cellValue(result, { result: '成功', close_date: null }, noLookups, false)).toBe('成功');
    const other = mediation.fields.find((f) => f.key === 'agreement_form')!;
    expect(pendingText(other, open)).toBeUndefined();
  });

  it('offers a 调解记录 the case’s own 人民调解员, and still accepts the free text older records hold', () => {
    const sessionMediators = mediation.fields
      .find((f) => f.key === 'sessions')
      ?.entry?.fields.find((f) => f.key === 'mediators');
    expect(sessionMediators?.choicesFrom).toBe('mediators');
    expect(sessionMediators?.type).toBe('text');
    const old = {
      ...emptyValues(mediation, '2026-12-03', '王晓红'),
      committee_id: 1,
      dispute_type: mediation.fields.find((f) => f.key === 'dispute_type')!.options![0]!.value,
      case_source: '依申请调解',
      summary: '纠纷',
      applicants: [{ ...(emptyValues(mediation, '2026-12-03')['applicants'] as object[])[0], name: '甲' }],
      respondents: [{ ...(emptyValues(mediation, '2026-12-03')['respondents'] as object[])[0], name: '乙' }],
      sessions: [
        {
          date: '2026-12-01',
          place: '村委会',
          matter: '宅基地',
          mediators: '老张（主持） 小李',
          record: '记录',
          result: '未达成协议',
        },
      ],
    };
    const parsed = recordSchema(mediation).safeParse(toApiData(mediation, old as FormValues));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.['sessions']).toMatchObject([{ mediators: '老张（主持） 小李' }]);
  });
});

describe('people in the pick lists', () => {
  it('lists every active account’s name for the 工作人员 pick lists, the administrator too', async () => {
    const ledger = openTestLedger();
    await ledger.call('settings.save', {
      officeName: '东河镇司法所',
      county: null,
      township: null,
      committees: [],
      staff: [{ name: '李明', position: '科员', active: true }],
    });
    const lookups = await ledger.call('lookups.get', {});
    expect(lookups.staff.map((s) => s.name)).toEqual(['李明']);
    expect(lookups.accountNames).toEqual([TEST_ADMIN.name]);
  });

  it('adds a 工作人员 from a form for any account, at the end of 设置’s list, and puts a retired one back in post', async () => {
    const ledger = openTestLedger();
    const saved = await seedSettings(ledger);
    insertAccount(ledger.core, { username: 'liming', name: '李明', role: 'staff' }, 'not-a-real-hash');
    const staffSession = startSession(ledger.core, 'liming')!;
    const added = await ledger.core.invoke('settings.addStaff', { name: ' 周新来 ', position: null }, staffSession);
    expect(added).toMatchObject({ ok: true, value: { name: '周新来', position: null, active: true } });
    const settings = await ledger.call('settings.get', {});
    expect(settings.staff.map((s) => s.name)).toEqual(['王晓红', '李明', '周新来']);

    await ledger.call('settings.save', {
      ...settings,
      staff: settings.staff.map((s) => (s.name === '李明' ? { ...s, active: false } : s)),
    });
    await ledger.call('settings.addStaff', { name: '李明', position: null });
    const again = await ledger.call('settings.get', {});
    expect(again.staff.map((s) => [s.name, s.active])).toEqual([
      ['王晓红', true],
      ['李明', true],
      ['周新来', true],
    ]);
    expect(saved.staff).toHaveLength(2);
    const error = await ledger.fail('settings.addStaff', { name: '  ', position: null });
    expect(error.message).toContain('工作人员姓名');
    const log = await ledger.call('audit.search', { page: 1 });
    expect(log.entries.map((e) => e.summary)).toContain('添加工作人员“周新来”');
  });
});
