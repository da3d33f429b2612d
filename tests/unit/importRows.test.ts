import { describe, expect, test } from 'vitest';
import { findTable } from '../../src-main/core/import/findTable';
import { columnSamples, matchColumns } from '../../src-main/core/import/matchColumns';
import { parseRows, type ImportContext } from '../../src-main/core/import/parseRows';
import { readSpreadsheet } from '../../src-main/core/import/readSpreadsheet';
import { needsYear } from '../../src-main/core/import/yearQuestion';
import type { RegisterKey } from '../../src-shared/registers';
import { gbkBytes, petitionMerges, petitionRows, utf8Bytes, xlsxBytes } from './importSheets';

const context: ImportContext = {
  committees: [
    { id: 7, name: '东河镇人民调解委员会', shortName: '东河镇' },
    { id: 8, name: '东河镇东片调委会', shortName: '东' },
  ],
  registeredBy: '王敏',
  today: '2026-12-03',
};

async function preview(register: RegisterKey, bytes: Uint8Array, name: string, ctx: Partial<ImportContext> = {}) {
  const grid = await readSpreadsheet(bytes, name);
  const table = findTable(grid);
  const matches = matchColumns(register, table.columns, columnSamples(grid.rows, table.dataRows, table.columns));
  return { table, matches, rows: parseRows(register, grid, table, matches, { ...context, ...ctx }) };
}

/** 人民调解收结案 for 2024 as Chinese Excel saves CSV: GBK, version A and B labels, a 3月5日, a 合计 and 填表人. */
const mediationCsv = [
  '2024年度东河镇人民调解收结案登记簿',
  '卷号,受理日期,调委会,申请人,被申请人,纠纷类型,纠纷简要情况,调解员,调解结果,协议金额（元）,结案日期,经办村',
  ',2024.1.5,东河镇,张三、李四,王五,婚姻家庭,赡养费分担,张调解,成功,"1,200",2024.1.20,东河村',
  '东调〔2024〕2号,2024/2/3,东河镇,赵六,东河建材有限公司,拖欠农民工工资,欠薪三个月,张调解、李调解,成功,1.5万元,2024-02-28,',
  ',3月5日,东河镇,钱七,孙八,邻里纠纷,排水沟堵塞,李调解,不成功,,2024-02-01,西河村',
  ',2024.4.1,西河村,周九,吴十,外星纠纷,不明,李调解,,,,',
  '合计,,,,,,,,,"16,200",,',
  '填表人：王敏,,,,,,,,,,,',
].join('\r\n');

describe('parseRows', () => {
  test('the 来信来访 office sheet: 2 rows importable, 3 with the expected Chinese errors', async () => {
    const { rows } = await preview('petition', await xlsxBytes(petitionRows, petitionMerges), '来信来访.xlsx');
    expect(rows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8]);
    expect(rows.filter((r) => r.data !== null).map((r) => r.row)).toEqual([4, 7]);
    expect(rows[0]!.data).toMatchObject({
      registered_on: '2025-03-05',
      registered_by: '王敏',
      visit_date: '2025-03-05',
      method: '来访',
      visitors: [
        { name: '张三', id_number: '11010519491231002X', sex: '女', birth_date: '1949-12-31', phone: '13800138000' },
      ],
      matter: '邻居占道堆放杂物',
      category: '纠纷',
      receiver: '王敏',
      handling: '转人民调解',
    });
    expect(rows[3]!.data).toMatchObject({ visit_date: '2025-04-01', category: '求助', handling: '告知诉讼途径' });
    expect(rows.flatMap((r) => r.errors)).toEqual([
      { row: 5, column: '来访人/姓名', value: '李四、王五', message: '来访人最多1人' },
      {
        row: 6,
        column: '来访人/身份证号',
        value: '110105194912310021',
        message: '来访人/身份证号“110105194912310021”：身份证号码校验位错误',
      },
      { row: 8, column: '反映问题', value: '', message: '反映问题（来访事由）不能为空' },
    ]);
    expect(rows[2]!.raw.visit_date).toBe('2025-03-20');
  });

  test('a GBK CSV of mediation cases: A and B labels, two applicants, 卷号 kept aside, unmatched column to 备注', async () => {
    const { table, matches, rows } = await preview('mediationCase', gbkBytes(mediationCsv), '调解.csv', {
      defaults: { case_source: '依申请调解' },
      remarkColumns: [11],
    });
    expect(table.year).toBe(2024);
    expect(needsYear('mediationCase', await readSpreadsheet(gbkBytes(mediationCsv), 'a.csv'), table, matches)).toBe(
      false,
    );
    expect(matches[11]).toMatchObject({ label: '经办村', target: null });
    expect(rows).toHaveLength(4);
    expect(rows[0]!.data).toMatchObject({
      accept_date: '2024-01-05',
      committee_id: 7,
      dispute_type: '01',
      applicants: [{ name: '张三' }, { name: '李四' }],
      respondents: [{ name: '王五' }],
      mediators: ['张调解'],
      result: '成功',
      agreement_amount: 120000,
      close_date: '2024-01-20',
      remark: '原表‘经办村’：东河村',
      case_source: '依申请调解',
    });
    expect(rows[0]!.generated).toEqual({});
    expect(rows[1]!.data).toMatchObject({
      dispute_type: '10',
      respondents: [{ kind: '法人或其他组织', name: '东河建材有限公司' }],
      mediators: ['张调解', '李调解'],
      agreement_amount: 1_500_000,
    });
    expect(rows[1]!.generated).toEqual({ case_no: '东调〔2024〕2号' });
    expect(rows.flatMap((r) => r.errors)).toEqual([
      { row: 5, column: '结案日期', value: '2024-02-01', message: '结案日期不能早于受理日期' },
      {
        row: 6,
        column: '调委会',
        value: '西河村',
        message: '调委会“西河村”不是设置里的人民调解委员会，请先在“设置”里添加，或改成已有调委会的名称或简称',
      },
      {
        row: 6,
        column: '纠纷类型',
        value: '外星纠纷',
        message:
          '纠纷类型“外星纠纷”不在可选范围内（可选：婚姻家庭纠纷、邻里纠纷、房屋宅基地纠纷、合同纠纷、生产经营纠纷、损害赔偿纠纷、山林土地纠纷、征地拆迁纠纷等）',
      },
    ]);
  });

  test('a year the clerk gives is used for 3月5日 when the title has none; a formula without result is a row error', async () => {
    const bytes = await xlsxBytes([
      ['来访日期', '来访人', '反映问题', '问题类别', '接待人', '来访人数'],
      ['3月5日', '张三', '咨询', '咨询', '王敏', { formula: 'A1+1' }],
    ]);
    const without = await preview('petition', bytes, 'a.xlsx');
    const grid = await readSpreadsheet(bytes, 'a.xlsx');
    expect(needsYear('petition', grid, without.table, without.matches)).toBe(true);
    expect(without.rows[0]!.errors.map((e) => e.message)).toEqual([
      '来访人数：单元格是公式，文件里没有保存它的计算结果',
      '来访日期“3月5日”没有写年份，标题里也没有年份，请填写这批记录的年份',
    ]);
    const withYear = await preview('petition', bytes, 'a.xlsx', { year: 2023 });
    expect(withYear.rows[0]!.raw.visit_date).toBe('2023-03-05');
  });

  test('是（12人） under a flag fills its 涉及人数 too', async () => {
    const csv =
      '受理日期,调委会,申请人,被申请人,纠纷类型,纠纷简要情况,防止群体性上访\n2026-03-01,东河镇,张三,李四,邻里,排水,是（12人）\n';
    const { rows } = await preview('mediationCase', utf8Bytes(csv), 'a.csv', {
      defaults: { case_source: '依申请调解' },
    });
    expect(rows[0]!.errors).toEqual([]);
    expect(rows[0]!.data).toMatchObject({ prevent_petition: true, prevent_petition_persons: 12 });
  });

  test('the 防止激化 column of 导出登记簿 sets the flags it lists and their counts; an unknown item is an error', async () => {
    const head = '受理日期,调委会,申请人,被申请人,纠纷类型,纠纷简要情况,防止激化';
    const csv = `${head}\n2026-03-01,东,张三,李四,邻里,排水,"防止群体性上访（12人）\n防止民间纠纷引起自杀"\n2026-03-02,东,张三,李四,邻里,排水,防止打架\n`;
    const { matches, rows } = await preview('mediationCase', utf8Bytes(csv), 'a.csv', {
      defaults: { case_source: '依申请调解' },
    });
    expect(matches[6]).toMatchObject({ target: 'section:防止激化', how: 'label' });
    expect(rows[0]!.data).toMatchObject({
      prevent_petition: true,
      prevent_petition_persons: 12,
      prevent_suicide: true,
      prevent_suicide_persons: null,
      prevent_fight: false,
      prevent_criminal: false,
    });
    expect(rows[1]!.errors).toEqual([
      { row: 3, column: '防止激化', value: '防止打架', message: '防止激化“防止打架”不是防止激化的一项' },
    ]);
  });
});
