import { describe, expect, test } from 'vitest';
import { findTable, type HeaderColumn } from '../../src-main/core/import/findTable';
import { columnSamples, matchColumns } from '../../src-main/core/import/matchColumns';
import { readSpreadsheet } from '../../src-main/core/import/readSpreadsheet';
import { importTargets } from '../../src-main/core/import/targets';
import { registers } from '../../src-shared/registers';
import { petitionMerges, petitionRows, xlsxBytes } from './importSheets';

const header = (...labels: string[]): HeaderColumn[] =>
  labels.map((label, column) => {
    const parts = label.split('/');
    return { column, label, group: parts.length > 1 ? parts[0]! : null, own: parts[parts.length - 1]! };
  });

const targetsOf = (matches: { target: string | null }[]) => matches.map((m) => m.target);

describe('matchColumns', () => {
  test('the 来信来访 office sheet: two-level 来访人 parts, synonyms, 序号 left out', async () => {
    const grid = await readSpreadsheet(await xlsxBytes(petitionRows, petitionMerges), 'a.xlsx');
    const table = findTable(grid);
    const matches = matchColumns('petition', table.columns, columnSamples(grid.rows, table.dataRows, table.columns));
    expect(targetsOf(matches)).toEqual([
      null,
      'visit_date',
      'visitors',
      'visitors.id_number',
      'visitors.phone',
      'matter',
      'category',
      'receiver',
      'handling',
    ]);
    expect(matches[0]!.reason).toBe('登记簿没有对应的栏目，可放入备注或不导入');
    expect(matches[1]).toMatchObject({ how: 'synonym', reason: '“来访日期”是这一栏目的常见写法' });
    expect(matches[6]).toMatchObject({ how: 'label', reason: '列名与登记簿的栏目相同' });
  });

  test('every book matches its own labels exactly (an export read back)', () => {
    for (const def of registers) {
      const targets = importTargets(def.key).filter((t) => !t.target.includes('.'));
      const labels = targets.map((t) => def.fields.find((f) => f.key === t.target)?.label ?? t.label);
      const matches = matchColumns(def.key, header(...labels), []);
      expect(targetsOf(matches), def.key).toEqual(targets.map((t) => t.target));
    }
  });

  test('mediation cases: run-together party labels, 纠纷类别, 调解员, 金额 and 卷号', () => {
    const matches = matchColumns(
      'mediationCase',
      header(
        '卷号',
        '受理时间',
        '申请人姓名',
        '申请人身份证号',
        '被申请人',
        '被申请人电话',
        '纠纷类别',
        '调解员',
        '协议金额',
        '调委会',
      ),
      [],
    );
    expect(targetsOf(matches)).toEqual([
      'case_no',
      'accept_date',
      'applicants',
      'applicants.id_number',
      'respondents',
      'respondents.phone',
      'dispute_type',
      'mediators',
      'agreement_amount',
      'committee_id',
    ]);
  });

  test('rosters: 姓名 is the person, 身份证 and 电话 their own fields; 排查 and 法律援助 use their words', () => {
    expect(
      targetsOf(matchColumns('correctionSubject', header('姓名', '身份证', '手机', '入矫日期', '矫正类别'), [])),
    ).toEqual(['name', 'id_number', 'phone', 'start_date', 'category']);
    expect(targetsOf(matchColumns('mediator', header('姓名', '性别', '所属调委会', '职务'), []))).toEqual([
      'name',
      'sex',
      'committee_id',
      'position',
    ]);
    expect(
      targetsOf(matchColumns('disputeScreening', header('排查时间', '当事人', '纠纷类型', '涉及金额', '责任人'), [])),
    ).toEqual(['screening_date', 'parties', 'dispute_type', 'amount', 'responsible_person']);
    expect(targetsOf(matchColumns('mediationCase', header('当事人', '对方当事人'), []))).toEqual([
      'applicants',
      'respondents',
    ]);
    expect(targetsOf(matchColumns('legalAid', header('日期', '受援人', '案由', '承办律师'), []))).toEqual([
      'receive_date',
      'applicants',
      'matter_category',
      'handler',
    ]);
  });

  test('unlabelled columns are matched by their values: ID numbers, phones, dates', () => {
    const matches = matchColumns('petition', header('甲', '乙', '丙'), [
      ['11010519491231002X', '110105194912310021'],
      ['13800138000', '0513-86123456'],
      ['2025.3.5', '2025年4月2日'],
    ]);
    expect(targetsOf(matches)).toEqual(['visitors.id_number', 'visitors.phone', 'visit_date']);
    expect(matches.map((m) => m.reason)).toEqual(['这一列多为18位身份证号', '这一列多为电话号码', '这一列多为日期']);
  });

  test('a second column with the same meaning is left for the clerk; a remembered mapping wins', () => {
    const matches = matchColumns('petition', header('来访日期', '日期', '备注'), [], {
      备注: null,
      日期: 'feedback_date',
    });
    expect(targetsOf(matches)).toEqual(['visit_date', 'feedback_date', null]);
    expect(matches[2]).toMatchObject({ how: 'remembered', reason: '上次导入时选了不导入' });
    const twice = matchColumns('petition', header('来访日期', '来访日期'), []);
    expect(twice[1]).toMatchObject({ target: null, reason: '同一栏目已由前面的列对应，请选择或不导入' });
  });
});
