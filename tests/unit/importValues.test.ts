import { describe, expect, test } from 'vitest';
import { parsePartyPart, parseValue, type ValueContext } from '../../src-main/core/import/parseValue';
import { fieldDef, registerDef } from '../../src-shared/registers';
import type { FieldDef, RegisterKey } from '../../src-shared/registers';

const ctx = (column: string, year: number | null = 2025): ValueContext => ({
  column,
  year,
  committees: [{ id: 7, name: '东河镇人民调解委员会', shortName: '东河镇' }],
});
const field = (register: RegisterKey, key: string): FieldDef => fieldDef(registerDef(register), key)!;
const read = (register: RegisterKey, key: string, text: string, year: number | null = 2025) =>
  parseValue(field(register, key), text, ctx('某列', year));

describe('parseValue', () => {
  test('dates in every form an office types, an Excel serial, and 3月5日 in the title year', () => {
    for (const text of [
      '2025.3.5',
      '2025/3/5',
      '2025-03-05',
      '2025年3月5日',
      '20250305',
      '45721',
      '3月5日',
      '3.5',
      '２０２５．３．５',
      '2025-03-05 09:30',
    ])
      expect(read('petition', 'visit_date', text), text).toEqual({ value: '2025-03-05' });
    expect(read('petition', 'visit_date', '3月5日', null)).toEqual({
      error: '某列“3月5日”没有写年份，标题里也没有年份，请填写这批记录的年份',
    });
    expect(read('petition', 'visit_date', '2025.2.30')).toEqual({
      error: '某列“2025.2.30”不是有效日期（可写成 2025-03-05、2025.3.5 或 2025年3月5日）',
    });
    expect(read('petition', 'visit_date', '')).toEqual({ value: null });
  });

  test('times, counts and money (stored in 分; 万元 by suffix or by the column label)', () => {
    expect(
      ['9:30', '09:30:00', '9时30分', '9点半', '0.395833333'].map((t) => read('petition', 'visit_time', t)),
    ).toEqual(Array(5).fill({ value: '09:30' }));
    expect(read('petition', 'visit_time', '下午3:00')).toEqual({ value: '15:00' });
    expect(read('petition', 'visit_time', '25:00')).toEqual({ error: '某列“25:00”不是有效时间（如 09:30）' });
    expect(read('petition', 'visitor_count', '12人')).toEqual({ value: 12 });
    expect(read('petition', 'visitor_count', '1.5')).toEqual({ error: '某列“1.5”不是整数' });
    const amount = field('mediationCase', 'agreement_amount');
    expect(parseValue(amount, '￥1,234.5元', ctx('协议金额'))).toEqual({ value: 123450 });
    expect(parseValue(amount, '1.2万元', ctx('协议金额'))).toEqual({ value: 1200000 });
    expect(parseValue(amount, '3', ctx('金额（万元）'))).toEqual({ value: 3000000 });
    expect(parseValue(amount, '约三千', ctx('协议金额'))).toEqual({
      error: '协议金额“约三千”不是金额（如 1234.50、1.2万元）',
    });
  });

  test('是/否 in its written forms', () => {
    expect(['是', '√', '有', 'Y', '否', '×', '无', 'n'].map((t) => read('mediationCase', 'difficult', t))).toEqual(
      [true, true, true, true, false, false, false, false].map((value) => ({ value })),
    );
    expect(read('mediationCase', 'difficult', '待定')).toEqual({
      error: '某列“待定”应为“是”或“否”（也可写 √、×、有、无）',
    });
  });

  test('纠纷类型 from versions A, B and C, codes and common words, all stored as version C codes', () => {
    const cases: [string, string][] = [
      ['邻里纠纷', '02'],
      ['邻里', '02'],
      ['婚姻家庭纠纷', '01'],
      ['婚姻家庭', '01'],
      ['A03', '03'],
      ['房产宅基地纠纷', '03'],
      ['拖欠农民工工资', '10'],
      ['B11', '10'],
      ['其他劳动争议', '10'],
      ['电子商务', '12'],
      ['旅游', '11'],
      ['消费', '12'],
      ['环境保护', '09'],
      ['物业管理纠纷', '15'],
      ['14', '14'],
      ['1', '01'],
      ['其他', '99'],
      ['赡养纠纷', '01'],
    ];
    for (const [text, code] of cases)
      expect(read('mediationCase', 'dispute_type', text), text).toEqual({ value: code });
    expect(read('mediationCase', 'dispute_type', '外星人')).toEqual({
      error:
        '某列“外星人”不在可选范围内（可选：婚姻家庭纠纷、邻里纠纷、房屋宅基地纠纷、合同纠纷、生产经营纠纷、损害赔偿纠纷、山林土地纠纷、征地拆迁纠纷等）',
    });
  });

  test('other choices by label, without 类, or by a unique beginning; several in one cell', () => {
    expect(read('petition', 'handling', '转人民调解')).toEqual({ value: '转人民调解' });
    expect(read('petition', 'handling', '转交')).toEqual({ value: '转交有关部门' });
    expect(read('petition', 'handling', '转')).toMatchObject({ error: expect.stringContaining('不在可选范围内') });
    expect(
      read(
        'legalPublicity',
        'forms',
        field('legalPublicity', 'forms')
          .options!.slice(0, 2)
          .map((o) => o.label)
          .join('、'),
      ),
    ).toEqual({
      value: field('legalPublicity', 'forms')
        .options!.slice(0, 2)
        .map((o) => o.value),
    });
  });

  test('身份证号 check digit verified; phones; names lists; committees by name or short name', () => {
    expect(read('mediator', 'id_number', '11010519491231002x')).toEqual({ value: '11010519491231002X' });
    expect(read('mediator', 'id_number', '110105194912310021')).toEqual({
      error: '某列“110105194912310021”：身份证号码校验位错误',
    });
    expect(read('mediator', 'id_number', '3.20102E+17')).toEqual({
      error:
        '某列“3.20102E+17”被 Excel 当成了数字，后几位已丢失；请在原表把这一列设为“文本”格式，重新输入身份证号后再导入',
    });
    expect(read('mediator', 'id_number', '320102199001011000')).toMatchObject({
      error: expect.stringContaining('后几位已丢失'),
    });
    expect(read('mediator', 'phone', '13800138000，0513-86123456')).toEqual({ value: '13800138000 0513-86123456' });
    expect(read('mediator', 'phone', '无')).toEqual({ error: '某列“无”不是电话号码' });
    for (const text of ['张三、李四', '张三,李四', '张三 李四', '张三，李四'])
      expect(read('mediationCase', 'mediators', text)).toEqual({ value: ['张三', '李四'] });
    expect(read('mediationCase', 'committee_id', '东河镇')).toEqual({ value: 7 });
    expect(read('mediationCase', 'committee_id', '东河镇人民调解委员会')).toEqual({ value: 7 });
    expect(read('mediationCase', 'committee_id', '西河村')).toMatchObject({
      error: expect.stringContaining('不是设置里的人民调解委员会'),
    });
  });

  test('a party cell with two names gives two blocks; a company is an organisation; party parts read as the form', () => {
    const result = read('mediationCase', 'applicants', '张三、东河建材有限公司');
    expect(result).toMatchObject({
      value: [
        { kind: '自然人', name: '张三', id_number: null },
        { kind: '法人或其他组织', name: '东河建材有限公司' },
      ],
    });
    expect(parsePartyPart('sex', '男性', ctx('性别'))).toEqual({ value: '男' });
    expect(parsePartyPart('ethnicity', '汉', ctx('民族'))).toEqual({ value: '汉族' });
    expect(parsePartyPart('age', '45岁', ctx('年龄'))).toEqual({ value: 45 });
    expect(parsePartyPart('id_number', '110105194912310021', ctx('身份证号'))).toEqual({
      error: '身份证号“110105194912310021”：身份证号码校验位错误',
    });
  });

  test('party cells as 导出登记簿 writes them: details in brackets, then address and phone lines', () => {
    const result = read(
      'mediationCase',
      'applicants',
      '林秀梅（女，53岁）\n东河村3组\n13800138000\n东河建材有限公司（法定代表人高建军）\n0513-86123456',
    );
    expect(result).toMatchObject({
      value: [
        { kind: '自然人', name: '林秀梅', sex: '女', age: 53, address: '东河村3组', phone: '13800138000' },
        {
          kind: '法人或其他组织',
          name: '东河建材有限公司',
          legal_rep: '高建军',
          address: null,
          phone: '0513-86123456',
        },
      ],
    });
    expect(read('mediationCase', 'applicants', '张三（男，45岁）、李四')).toMatchObject({
      value: [
        { name: '张三', sex: '男', age: 45 },
        { name: '李四', sex: null },
      ],
    });
    expect(read('mediationCase', 'applicants', '张三\n李四')).toMatchObject({
      value: [{ name: '张三' }, { name: '李四' }],
    });
  });

  test('a flag with its count (是（12人）), numbered 协议条款, 年龄 over a birth date', () => {
    expect(read('mediationCase', 'prevent_petition', '是（12人）')).toEqual({ value: true });
    expect(read('mediationCase', 'agreement_terms', '1. 清理杂物\n2. 赔偿500元')).toEqual({
      value: ['清理杂物', '赔偿500元'],
    });
    expect(parsePartyPart('age', '45岁\n1980-01-02', ctx('年龄（出生日期）'))).toEqual({ value: 45 });
  });
});
