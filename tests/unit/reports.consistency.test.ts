// The return agrees with itself and with the clerk's day: a dispute found in 排查 and turned into a case is counted
// the same way on the 排查 sheet and in the 统计表 (issue: the 排查 record stayed 正在化解 and its risk flag gave 1件6人
// where the case said 1件2人); the 矫正 warning is about dates already past today; sheet names follow the period.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReturnPreview, buildReturnWorkbook } from '../../src-main/core/reports';
import { readSettings } from '../../src-main/core/settings';
import { registerDef } from '../../src-shared/registers';
import type { ReportPeriod, ReturnPreview } from '../../src-shared/reports';
import { openTestLedger, seedSettings, type TestLedger } from './helpers';
import { committeeIdsOf, sampleRecord, samplePerson } from './samples';

const TODAY = '2026-12-02';
const NOVEMBER: ReportPeriod = { kind: 'month', year: 2026, month: 11 };
const Q4: ReportPeriod = { kind: 'quarter', year: 2026, quarter: 4 };

async function preview(ledger: TestLedger, period: ReportPeriod, today = TODAY): Promise<ReturnPreview> {
  const db = ledger.core.ledger.db;
  return buildReturnPreview(db, period, await readSettings(db), today);
}

async function sheets(p: ReturnPreview): Promise<ExcelJS.Worksheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildReturnWorkbook(p, { reporter: '王晓红', reportDate: TODAY })) as never);
  return wb.worksheets;
}

/** The two cells of a row under a header (for a 件/人 pair: [件, 人]). */
function figuresUnder(ws: ExcelJS.Worksheet, header: string, row: number): unknown[] {
  const columns: number[] = [];
  ws.eachRow((r) =>
    r.eachCell((cell, col) => {
      if (cell.value === header && !columns.includes(col)) columns.push(col);
    }),
  );
  // exceljs reads a merged header's other cells as its first: the first column found is where the figures start.
  const first = columns[0];
  if (first === undefined) throw new Error(`no header ${header}`);
  return [ws.getCell(row, first).value, ws.getCell(row, first + 1).value];
}

/** The row holding `label` in column A. */
function rowOf(ws: ExcelJS.Worksheet, label: string): number {
  let found = 0;
  ws.eachRow((r, n) => {
    if (!found && r.getCell(1).value === label) found = n;
  });
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

describe('a dispute found in 排查 and turned into a case', () => {
  it('is marked 已调解, counts as 调处 once the case is closed, and shows the same 防激化 件/人 on both sheets', async () => {
    const ledger = openTestLedger({ today: TODAY });
    const committeeIds = committeeIdsOf(await seedSettings(ledger));
    // Six people in the quarrel, two of them the parties; the risk of 民转刑 was found in 排查.
    const screening = await ledger.call('registers.create', {
      register: 'disputeScreening',
      data: {
        screening_date: '2026-11-05',
        scope: '新桥村',
        registered_on: '2026-11-05',
        parties: [samplePerson('赵一'), samplePerson('钱二')],
        dispute_type: '06',
        summary: '酒后斗殴致伤，双方亲属六人聚集。',
        person_count: 6,
        risk_level: '较大',
        risk_flags: ['可能民转刑'],
        resolution: '正在化解',
      },
    });
    const from = { register: 'disputeScreening' as const, id: screening.id };
    const derived = await ledger.call('registers.derive', { from, to: 'mediationCase' });
    const base = sampleRecord(registerDef('mediationCase'), { committeeIds, date: '2026-11-06' });
    const open = {
      ...base,
      ...Object.fromEntries(Object.entries(derived.data).filter(([, v]) => v !== null)),
      accept_date: '2026-11-06',
      registered_on: '2026-11-06',
      result: null,
      close_date: null,
      agreement_form: null,
      agreement_amount: null,
    };
    const kase = await ledger.call('registers.create', { register: 'mediationCase', data: open, derivedFrom: from });

    // The conversion marks the record 已调解 (docs/spec/formats.md §5.5), in its 修改记录 too.
    const marked = await ledger.call('registers.get', from);
    expect([marked.data['resolution'], marked.data['linked_case_no']]).toEqual(['已调解', kase.data['case_no']]);
    const history = (await ledger.call('audit.record', from)).entries;
    expect(history.at(-1)?.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'resolution', before: '正在化解', after: '已调解' })]),
    );

    // While the case is being mediated, the dispute is found but not yet 调处.
    const during = await preview(ledger, NOVEMBER);
    expect([during.screening.found, during.screening.handled, during.screening.handledSuccess]).toEqual([1, 0, 0]);

    // Closed as 成功, with 防止民转刑 for its two parties.
    await ledger.call('registers.update', {
      register: 'mediationCase',
      id: kase.id,
      data: {
        ...open,
        result: '成功',
        close_date: '2026-11-20',
        agreement_form: '书面协议',
        agreement_amount: 500000,
        prevent_criminal: true,
        prevent_criminal_persons: 2,
      },
    });
    const after = await preview(ledger, NOVEMBER);
    expect([after.screening.handled, after.screening.handledSuccess]).toEqual([1, 1]);
    const total = after.mediation.rows.find((r) => r.isTotal)!.values;
    expect([
      total['total'],
      total['success'],
      total['prevent.criminal.cases'],
      total['prevent.criminal.persons'],
    ]).toEqual([1, 1, 1, 2]);
    expect(after.screening.escalation.find((e) => e.key === 'criminal')).toMatchObject({ cases: 1, persons: 2 });
    expect(after.checks.map((c) => c.rule)).not.toContain('escalationNotOnCase');

    // The workbook says the same on both sheets: 1件2人, never the 排查 record's 6人.
    const [statistics, screeningSheet] = await sheets(after);
    const label = '防止民间纠纷转化为刑事案件';
    expect(figuresUnder(statistics!, label, rowOf(statistics!, '合计'))).toEqual([1, 2]);
    expect(figuresUnder(screeningSheet!, label, rowOf(screeningSheet!, '东河镇司法所'))).toEqual([1, 2]);
    expect(figuresUnder(screeningSheet!, '调处', rowOf(screeningSheet!, '东河镇司法所'))[0]).toBe(1);
    expect(figuresUnder(screeningSheet!, '调处成功', rowOf(screeningSheet!, '东河镇司法所'))[0]).toBe(1);
  });

  it('a 排查 risk the case does not carry is a check, not a figure', async () => {
    const ledger = openTestLedger({ today: TODAY });
    const committeeIds = committeeIdsOf(await seedSettings(ledger));
    const screening = await ledger.call('registers.create', {
      register: 'disputeScreening',
      data: {
        screening_date: '2026-11-05',
        scope: '新桥村',
        registered_on: '2026-11-05',
        parties: [samplePerson('赵一'), samplePerson('钱二')],
        dispute_type: '06',
        person_count: 6,
        risk_flags: ['可能民转刑'],
      },
    });
    const from = { register: 'disputeScreening' as const, id: screening.id };
    const derived = await ledger.call('registers.derive', { from, to: 'mediationCase' });
    const kase = await ledger.call('registers.create', {
      register: 'mediationCase',
      data: {
        ...sampleRecord(registerDef('mediationCase'), { committeeIds, date: '2026-11-06' }),
        ...Object.fromEntries(Object.entries(derived.data).filter(([, v]) => v !== null)),
        result: '成功',
        close_date: '2026-11-20',
        agreement_form: '口头协议',
      },
      derivedFrom: from,
    });
    const p = await preview(ledger, NOVEMBER);
    expect(p.screening.escalation.find((e) => e.key === 'criminal')).toMatchObject({ cases: 0, persons: 0 });
    expect(p.checks.find((c) => c.rule === 'escalationNotOnCase')).toMatchObject({
      level: 'warning',
      caseNos: [kase.data['case_no']],
    });
  });
});

describe('社区矫正 warning “矫正终止日期已过”', () => {
  async function withSubjects(subjects: [string, string][]): Promise<TestLedger> {
    const ledger = openTestLedger({ today: TODAY });
    await seedSettings(ledger);
    for (const [name, end] of subjects) {
      await ledger.call('registers.create', {
        register: 'correctionSubject',
        data: {
          name,
          sex: '男',
          crime: '危险驾驶罪',
          sentence: '拘役三个月，缓刑六个月',
          category: '缓刑',
          start_date: '2026-06-01',
          end_date: end,
          state: '在矫',
          registered_on: '2026-06-01',
        },
      });
    }
    return ledger;
  }
  const stale = (p: ReturnPreview) => p.checks.find((c) => c.rule === 'correctionStateStale')?.message ?? null;

  it('is not raised by the quarter or the year for someone whose end date is later this month', async () => {
    const ledger = await withSubjects([['朱某甲', '2026-12-20']]);
    expect(stale(await preview(ledger, Q4))).toBeNull();
    expect(stale(await preview(ledger, { kind: 'year', year: 2026 }))).toBeNull();
    expect(stale(await preview(ledger, { kind: 'month', year: 2026, month: 12 }))).toBeNull();
    // On 2026-12-21 the date has passed and the person is still 在矫: now it is raised.
    expect(stale(await preview(ledger, Q4, '2026-12-21'))).toContain('朱某甲');
  });

  it('is raised for someone whose end date passed before today, and not by a period that ended before it', async () => {
    const ledger = await withSubjects([['秦某乙', '2026-11-20']]);
    expect(stale(await preview(ledger, Q4))).toBe(
      '1名社区矫正对象矫正终止日期已过，当前状态仍为“在矫”，在册人数可能偏多：秦某乙。',
    );
    expect(stale(await preview(ledger, NOVEMBER))).toContain('秦某乙');
    // September's 在册 rightly counts someone serving until November.
    expect(stale(await preview(ledger, { kind: 'month', year: 2026, month: 9 }))).toBeNull();
  });
});

describe('安置帮教 warning “帮教期满日期已过”', () => {
  it('is raised for someone still 在帮 after the 帮教期满日期, not by a period that ended before it', async () => {
    const ledger = openTestLedger({ today: TODAY });
    await seedSettings(ledger);
    // 解除社区矫正 on 2023-11-10: 帮教期满 2026-11-09, but still 在帮.
    await ledger.call('registers.create', {
      register: 'resettlement',
      data: {
        name: '钱某',
        sex: '男',
        category: '解除社区矫正',
        crime: '盗窃罪',
        release_date: '2023-11-10',
        support_type: '一般',
        state: '在帮',
        registered_on: '2023-11-10',
      },
    });
    const stale = (p: ReturnPreview) => p.checks.find((c) => c.rule === 'resettlementStateStale')?.message ?? null;
    expect(stale(await preview(ledger, NOVEMBER))).toBe(
      '1名安置帮教对象帮教期满日期已过，当前状态仍为“在帮”，在册人数可能偏多：钱某。',
    );
    // October's 在册 rightly counts someone in 帮教 until November.
    expect(stale(await preview(ledger, { kind: 'month', year: 2026, month: 10 }))).toBeNull();
    expect((await preview(ledger, { kind: 'month', year: 2026, month: 10 })).work.resettlement.enrolled).toBe(1);
  });
});

describe('sheet names and titles follow the period', () => {
  it('月报表, 季报表, 年报表', async () => {
    const ledger = openTestLedger({ today: TODAY });
    await seedSettings(ledger);
    const expected: [ReportPeriod, string, string][] = [
      [NOVEMBER, '矛盾纠纷排查调处情况月报表', '2026年11月'],
      [Q4, '矛盾纠纷排查调处情况季报表', '2026年第四季度'],
      [{ kind: 'year', year: 2026 }, '矛盾纠纷排查调处情况年报表', '2026年'],
    ];
    for (const [period, name, label] of expected) {
      const all = await sheets(await preview(ledger, period));
      expect(all.map((s) => s.name)).toEqual(['人民调解工作情况统计表', name, '工作情况']);
      expect(all[1]!.getCell('A1').value).toBe(`东河镇司法所${name}（${label}）`);
      const titles = all.flatMap((s) => [s.name, String(s.getCell('A1').value ?? s.getCell('B1').value)]);
      if (period.kind !== 'month') expect(titles.join()).not.toContain('月报表');
    }
  });
});
