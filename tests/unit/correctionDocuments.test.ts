// The 社区矫正 §13 documents read back from the .docx: every 审批事项 type's 审批表 (审核表) with its title and its
// details under its labels, the 审批告知书 once the county has decided, the 公示 once approved (only for the types that
// are posted), the 期满鉴定表; and the Chinese message where data is missing. Records come from a real ledger
// (documentFixtures.ts); the per-type cases change a copy of one.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src-main/core';
import { listDocuments, type DocumentKind } from '../../src-main/core/documents';
import { keepWhole } from '../../src-main/core/documents/style';
import { UserError } from '../../src-main/core/errors';
import {
  approvalTypeDefs,
  approvalTypes,
  noticeTypes,
  type ApprovalDetail,
  type ApprovalType,
} from '../../src-shared/correctionApprovals';
import type { RecordRow } from '../../src-shared/handlers';
import { fieldDef, registerDef } from '../../src-shared/registers';
import {
  createDocumentFixtures,
  generate,
  readDocx,
  tableRows,
  TODAY,
  type DocumentFixtures,
} from './documentFixtures';
import { tempDir } from './helpers';

let fx: DocumentFixtures;
let core: Core;

beforeAll(async () => {
  const dir = tempDir();
  core = createCore(dir, { log: () => {}, today: () => TODAY });
  fx = await createDocumentFixtures(core);
  return async () => {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
});

async function docx(record: RecordRow, kind: DocumentKind, index?: number) {
  const doc = await generate(fx, record, kind, index);
  const read = readDocx(doc.bytes);
  // The form's rows as [label, value] pairs, a four-cell row giving two.
  const pairs = (tableRows(read.document)[0] ?? []).flatMap((row) =>
    row.length === 4 ? [row.slice(0, 2), row.slice(2)] : [row],
  );
  return { ...doc, ...read, pairs };
}

/** 郑某某 with only these 审批事项 (the ledger's forms would not save some of the half-filled ones tested). */
function withApprovals(...approvals: Record<string, unknown>[]): RecordRow {
  return { ...fx.correction, data: { ...structuredClone(fx.correction.data), approvals } as RecordRow['data'] };
}

async function userError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

/** What the entry form calls each detail field, which a type's form shows unless it names it otherwise. */
const registerLabel = (detail: ApprovalDetail) =>
  fieldDef(registerDef('correctionSubject'), 'approvals')?.entry?.fields.find((f) => f.key === detail)?.label;

/** A value for every detail, each telling itself apart, the dates a five-day period. */
const DETAILS: Record<ApprovalDetail, string> = {
  reason: '事由甲：陪护住院的母亲。',
  facts: '事实乙：2026年11月12日未经批准前往上海市。',
  legal_basis: '依据丙：实施办法某条',
  destination: '目的地丁：南京市鼓楼区',
  away_from: '2026-11-05',
  away_to: '2026-11-09',
  visitor: '会客对象戊：李某（同案犯）',
  meet_time: '会客时间己：11月15日上午',
  meet_place: '会客地点庚：司法所调解室',
  new_residence: '新地址辛：如东县掘港街道人民路1号',
  area: '特定区域壬：某娱乐场所',
  device_term: '期限癸：三个月',
  materials: '证明材料子：住院证明复印件',
};

const decided = (type: ApprovalType, result: '批准' | '不批准', more: Record<string, unknown> = {}) => ({
  type,
  date: '2026-11-16',
  ...Object.fromEntries(approvalTypeDefs[type].details.map((d) => [d, DETAILS[d]])),
  office_opinion: '同意',
  result,
  decision_date: '2026-11-18',
  notice_start: '2026-11-19',
  notice_end: '2026-11-25',
  inform_date: '2026-11-19',
  ...more,
});

describe('审批表 / 审核表: one form for every 审批事项 type', () => {
  it.each(approvalTypes)('%s: its form’s title, the 基本情况, each detail under the type’s label', async (type) => {
    const def = approvalTypeDefs[type];
    const entry = { type, date: '2026-11-02', ...Object.fromEntries(def.details.map((d) => [d, DETAILS[d]])) };
    const doc = await docx(withApprovals(entry), 'approvalForm', 0);
    expect(doc.paragraphs[0]).toBe(def.form);
    expect(doc.fileName).toBe(`${def.form}（2026年11月2日）-郑某某.docx`);
    expect(doc.folder).toBe('文书/2026/社区矫正/郑某某');
    // 基本情况 from the roster.
    for (const pair of [
      ['姓名', '郑某某'],
      ['性别', '男'],
      ['身份证号', String(fx.correction.data['id_number'])],
      ['出生日期', '1995年7月19日'],
      ['矫正类别', '缓刑'],
      ['罪名', '盗窃罪'],
      ['原判刑罚', '有期徒刑一年，缓刑二年'],
      ['矫正期限及起止', '二年（2026年2月1日至2028年1月31日）'],
      ['执行地', '如东县东河镇东河社区8幢402室'],
      ['审批事项', type],
    ])
      expect(doc.pairs).toContainEqual(pair);
    // Each detail under the type's own label, or the entry form's; a period's dates as one row with its days.
    for (const detail of def.details) {
      if (detail === 'away_from' || detail === 'away_to') continue;
      expect(doc.pairs, detail).toContainEqual([def.labels?.[detail] ?? registerLabel(detail), DETAILS[detail]]);
    }
    if (def.details.includes('away_to') && !def.labels?.away_to)
      expect(doc.pairs).toContainEqual(['起止日期', '2026年11月5日至2026年11月9日，共五天']);
    // The county's cell, empty but for its signature, seal and date.
    const county = def.review ? '县级社区矫正机构审核意见' : '县级社区矫正机构意见';
    expect(doc.pairs.find(([label]) => label === county)?.[1]?.trim()).toBe(
      '负责人签名：__________\u3000\u3000（盖章）\n____年__月__日',
    );
    expect(doc.pairs.map(([label]) => label).at(-1)).toBe('备注');
  });

  it('外出: 外出事由, 目的地, 起止日期 with the days counted inclusive; the office’s signed 意见 and its date', async () => {
    const doc = await docx(fx.correction, 'approvalForm', 0);
    expect(doc.paragraphs[0]).toBe('社区矫正对象外出审批表');
    expect(doc.paragraphs[1]).toBe('填报单位：东河镇司法所');
    expect(doc.pairs).toContainEqual(['收到申请日期', '2026年11月2日']);
    expect(doc.pairs).toContainEqual(['外出事由', '母亲在南京住院手术，需前往陪护。']);
    expect(doc.pairs).toContainEqual(['目的地', '江苏省南京市鼓楼区江苏省人民医院']);
    expect(doc.pairs).toContainEqual(['起止日期', '2026年11月5日至2026年11月9日，共五天']);
    expect(doc.pairs).toContainEqual([
      '司法所意见',
      '同意。经向医院核实，其母住院手术属实，外出事由正当，同意外出。\n负责人签名：__________\u3000\u3000（盖章）\n2026年11月2日',
    ]);
    // The days in words (LibreOffice breaks “5 / 天”); a count of days in digits elsewhere keeps with its 天 in Word.
    expect(keepWhole('外出共5天')).toBe('外出共5\u2060天');
  });

  it('外出延期: the first day and the day it is extended to, each under its label, then the days in all', async () => {
    const doc = await docx(
      withApprovals({
        type: '外出延期',
        date: '2026-11-08',
        reason: '母亲术后需继续陪护。',
        ...{ away_from: '2026-11-05', away_to: '2026-11-12' },
      }),
      'approvalForm',
      0,
    );
    expect(doc.pairs).toContainEqual(['延期事由', '母亲术后需继续陪护。']);
    expect(doc.pairs).toContainEqual(['起始日期', '2026年11月5日']);
    expect(doc.pairs).toContainEqual(['延期至', '2026年11月12日']);
    expect(doc.pairs).toContainEqual(['天数', '共八天']);
  });

  it('警告 and 提请减刑: the facts under the type’s name for them, the 依据 filled in from the type', async () => {
    const warning = await docx(fx.correction, 'approvalForm', 2);
    expect(warning.paragraphs[0]).toBe('社区矫正警告审批表');
    expect(warning.pairs).toContainEqual(['填表日期', '2026年11月16日']);
    expect(warning.pairs.find(([label]) => label === '违规事实')?.[1]).toContain('未经批准擅自离开如东县前往上海市');
    expect(warning.pairs).toContainEqual(['依据', '《中华人民共和国社区矫正法实施办法》第三十五条']);
    const reduction = await docx(fx.correctionEnding, 'approvalForm', 1);
    expect(reduction.paragraphs[0]).toBe('提请减刑审核表');
    expect(reduction.pairs.find(([label]) => label === '悔改或立功表现')?.[1]).toContain('重大立功表现');
    expect(reduction.pairs.map(([label]) => label)).toContain('县级社区矫正机构审核意见');
  });

  it('the menu names each 审批事项’s form and date; one without its main detail says what it lacks', async () => {
    const titles = listDocuments('correctionSubject', fx.correction)
      .filter((o) => o.kind === 'approvalForm')
      .map((o) => [o.index, o.title, o.available]);
    expect(titles).toEqual([
      [0, '社区矫正对象外出审批表（2026年11月2日）', true],
      [1, '社区矫正对象会客审批表（2026年11月10日）', true],
      [2, '社区矫正警告审批表（2026年11月16日）', true],
    ]);
    const bare = withApprovals({ type: '外出（七日以内）', date: '2026-11-02', destination: '南京市' });
    const option = listDocuments('correctionSubject', bare).find((o) => o.kind === 'approvalForm');
    expect(option).toMatchObject({
      index: 0,
      available: false,
      missing: '外出（七日以内）缺少外出事由，请先在“审批事项”中填写',
    });
    expect((await userError(generate(fx, bare, 'approvalForm', 0))).message).toBe(
      '外出（七日以内）缺少外出事由，请先在“审批事项”中填写',
    );
    const none = listDocuments('correctionSubject', withApprovals()).find((o) => o.kind === 'approvalForm');
    expect(none).toEqual({
      kind: 'approvalForm',
      title: '社区矫正事项审批表',
      available: false,
      missing: '还没有审批事项，请先在“审批事项”中添加',
    });
  });
});

describe('社区矫正事项审批告知书: once the county has decided', () => {
  it('is offered for the 审批事项 with a 县级机构决定, keeping each one’s place in the list', () => {
    const options = listDocuments('correctionSubject', fx.correction).filter((o) => o.kind === 'approvalNotice');
    expect(options.map((o) => [o.index, o.title])).toEqual([
      [0, '社区矫正事项审批告知书（外出（七日以内），2026年11月2日）'],
      [2, '社区矫正事项审批告知书（警告，2026年11月16日）'],
    ]);
    const pending = withApprovals({ type: '会客', date: '2026-11-10', visitor: '李某' });
    expect(listDocuments('correctionSubject', pending).find((o) => o.kind === 'approvalNotice')).toEqual({
      kind: 'approvalNotice',
      title: '社区矫正事项审批告知书',
      available: false,
      missing: '还没有登记县级机构决定的审批事项，请先在“审批事项”中填写县级机构决定',
    });
  });

  it('refuses an 审批事项 not yet decided', async () => {
    const error = await userError(generate(fx, fx.correction, 'approvalNotice', 1));
    expect(error.message).toBe('该审批事项还没有县级机构决定，请先在“审批事项”中填写县级机构决定');
  });

  it('外出 批准: what was applied for, the decision, 按期返回 and 销假, the seal, the date, the receipts', async () => {
    const doc = await docx(fx.correction, 'approvalNotice', 0);
    expect(doc.paragraphs[0]).toBe('社区矫正事项审批告知书');
    expect(doc.paragraphs[1]).toBe('郑某某：');
    expect(doc.paragraphs[2]).toBe(
      '你于2026年11月2日提出的外出申请（外出事由：母亲在南京住院手术，需前往陪护；目的地：江苏省南京市鼓楼区江苏省人民医院；起止日期：2026年11月5日至2026年11月9日，共五天），经本所审核，报执行地县级社区矫正机构审批，决定予以批准。',
    );
    expect(doc.paragraphs[3]).toContain('按期返回，返回后及时到司法所销假');
    for (const line of ['特此告知。', '东河镇司法所（印章）', '2026年11月3日', '签收日期：____年__月__日'])
      expect(doc.paragraphs).toContain(line);
    expect(doc.text).toContain('本人签收：__________');
    expect(doc.text).toContain('监护人、保证人签收：__________');
    expect(doc.fileName).toBe('社区矫正事项审批告知书（外出（七日以内），2026年11月2日）-郑某某.docx');
  });

  it('警告 is the office’s proposal; 不批准 says so and what still holds', async () => {
    const warning = await docx(fx.correction, 'approvalNotice', 2);
    expect(warning.paragraphs[2]).toBe(
      '本所于2026年11月16日就对你给予警告一事报执行地县级社区矫正机构审批，决定予以批准。',
    );
    expect(warning.paragraphs[3]).toContain('严格遵守法律法规和社区矫正监督管理规定');
    const refused = await docx(withApprovals(decided('外出（七日以上）', '不批准')), 'approvalNotice', 0);
    expect(refused.paragraphs[2]).toMatch(/^你于2026年11月16日提出的外出申请（外出事由：.*决定不予批准。$/);
    expect(refused.paragraphs[3]).toBe(
      '请你继续遵守社区矫正监督管理规定，服从监督管理。未经批准，不得擅自离开所居住的市、县。',
    );
    // Printed without an 告知本人日期 recorded, it is dated the day it is made.
    const undated = await docx(withApprovals(decided('会客', '批准', { inform_date: null })), 'approvalNotice', 0);
    expect(undated.paragraphs).toContain('2026年11月21日');
  });

  it.each(approvalTypes)('%s: a decision sentence and what the person is told, for 批准 and 不批准', async (type) => {
    for (const result of ['批准', '不批准'] as const) {
      const doc = await docx(withApprovals(decided(type, result)), 'approvalNotice', 0);
      expect(doc.paragraphs[2]).toMatch(result === '批准' ? /决定予以批准。$/ : /决定不予批准。$/);
      expect(doc.paragraphs[3]).toMatch(/^(请你|希望你|在人民法院)/);
    }
  });
});

describe('公示: once approved, for the types that are posted', () => {
  it('is offered for approved 审批事项 whose type is posted, and refused for the others', async () => {
    const options = listDocuments('correctionSubject', fx.correction).filter((o) => o.kind === 'approvalPublicNotice');
    expect(options.map((o) => [o.index, o.title, o.available])).toEqual([
      [0, '审批事项公示（外出（七日以内），2026年11月2日）', true],
      [2, '审批事项公示（警告，2026年11月16日）', true],
    ]);
    const record = withApprovals(decided('会客', '批准'), decided('警告', '不批准'), decided('训诫', '批准'));
    expect(
      listDocuments('correctionSubject', record)
        .filter((o) => o.kind === 'approvalPublicNotice')
        .map((o) => o.index),
    ).toEqual([2]);
    expect((await userError(generate(fx, record, 'approvalPublicNotice', 0))).message).toBe('会客不需要公示');
    expect((await userError(generate(fx, record, 'approvalPublicNotice', 1))).message).toBe(
      '该审批事项未经批准，不需要公示',
    );
    expect((await userError(generate(fx, fx.correction, 'approvalPublicNotice', 1))).message).toBe(
      '该审批事项未经批准，不需要公示',
    );
  });

  it('警告: the title, the person, the facts, the basis and decision, 公示期 to its fifth working day (filled on saving), office and date', async () => {
    const doc = await docx(fx.correction, 'approvalPublicNotice', 2);
    expect(doc.paragraphs).toEqual([
      '关于对社区矫正对象郑某某给予警告的公示',
      '社区矫正对象郑某某，男，1995年7月19日出生，因犯盗窃罪被判处有期徒刑一年，缓刑二年，现在东河镇司法所接受社区矫正。',
      '2026年11月12日，郑某某未经批准擅自离开如东县前往上海市，当晚经电话核查发现，经批评教育后于次日返回。其行为违反了社区矫正监督管理规定。',
      '依据《中华人民共和国社区矫正法实施办法》第三十五条的规定，经执行地县级社区矫正机构审批，决定对其给予警告。',
      '现予公示，公示五个工作日。',
      '公示期：2026年11月19日至2026年11月25日',
      '公示期间如有异议，请向东河镇司法所反映。',
      '东河镇司法所（印章）',
      '2026年11月19日',
    ]);
    expect(doc.fileName).toBe('审批事项公示（警告，2026年11月16日）-郑某某.docx');
  });

  it('leaves the end of the 公示期 blank to write by hand where the holiday calendar could not give it', async () => {
    const doc = await docx(withApprovals(decided('警告', '批准', { notice_end: null })), 'approvalPublicNotice', 0);
    expect(doc.paragraphs).toContain('公示期：2026年11月19日至____年__月__日');
  });

  it('表扬, 训诫, 警告, 提请减刑 and the other posted types each have their own title', async () => {
    const titles: Partial<Record<ApprovalType, string>> = {
      表扬: '关于对社区矫正对象郑某某给予表扬的公示',
      训诫: '关于对社区矫正对象郑某某给予训诫的公示',
      警告: '关于对社区矫正对象郑某某给予警告的公示',
      提请减刑: '关于社区矫正对象郑某某被裁定减刑的公示',
      '外出（七日以上）': '关于社区矫正对象郑某某经批准外出的公示',
      执行地变更: '关于社区矫正对象郑某某经批准变更执行地的公示',
    };
    for (const type of noticeTypes) {
      const doc = await docx(withApprovals(decided(type, '批准')), 'approvalPublicNotice', 0);
      expect(doc.paragraphs[0], type).toMatch(/^关于对?社区矫正对象郑某某.+的公示$/);
      if (titles[type]) expect(doc.paragraphs[0], type).toBe(titles[type]);
      expect(doc.paragraphs, type).toContain('公示期：2026年11月19日至2026年11月25日');
    }
    const reduction = await docx(fx.correctionEnding, 'approvalPublicNotice', 1);
    expect(reduction.text).toContain(
      '依据《中华人民共和国刑法》、《中华人民共和国社区矫正法实施办法》第四十二条的规定，经本所提请、执行地县级社区矫正机构审核，该社区矫正对象被裁定减刑。',
    );
  });

  it('needs the day it was posted', async () => {
    const record = withApprovals(decided('警告', '批准', { notice_start: null }));
    const option = listDocuments('correctionSubject', record).find((o) => o.kind === 'approvalPublicNotice');
    expect(option).toMatchObject({
      index: 0,
      available: false,
      missing: '警告的公示缺少公示开始日期，请先在“审批事项”中填写',
    });
    expect((await userError(generate(fx, record, 'approvalPublicNotice', 0))).message).toBe(
      '警告的公示缺少公示开始日期，请先在“审批事项”中填写',
    );
  });
});

describe('社区矫正期满鉴定表', () => {
  it('the 基本情况, 个人总结 signed by the person, 矫正期间表现, the office’s signed 鉴定意见, the county’s cell empty', async () => {
    const doc = await docx(fx.correctionEnding, 'appraisal');
    expect(doc.paragraphs[0]).toBe('社区矫正期满鉴定表');
    expect(doc.pairs).toContainEqual(['姓名', '冯某某']);
    expect(doc.pairs).toContainEqual(['矫正期限及起止', '一年（2025年12月20日至2026年12月19日）']);
    const cell = (label: string) => doc.pairs.find(([l]) => l === label)?.[1] ?? '';
    expect(cell('个人总结')).toContain('今后我将遵纪守法');
    expect(cell('个人总结')).toContain('本人签名：__________');
    expect(cell('矫正期间表现')).toContain('2026年10月因重大立功被裁定减刑');
    expect(cell('司法所鉴定意见')).toBe(
      '矫正期间表现良好，同意按期解除社区矫正。\n负责人签名：__________\u3000\u3000（盖章）\n2026年11月19日',
    );
    expect(cell('县级社区矫正机构意见').trim()).toBe('负责人签名：__________\u3000\u3000（盖章）\n____年__月__日');
    expect(doc.fileName).toBe('社区矫正期满鉴定表-冯某某.docx');
    expect(doc.folder).toBe('文书/2026/社区矫正/冯某某');
  });

  it('is offered once there is an appraisal with the 矫正期间表现', async () => {
    const option = (record: RecordRow) =>
      listDocuments('correctionSubject', record).find((o) => o.kind === 'appraisal');
    expect(option(fx.correctionEnding)).toEqual({ kind: 'appraisal', title: '社区矫正期满鉴定表', available: true });
    expect(option(fx.correction)?.missing).toBe('还没有期满鉴定，请先在“期满鉴定”中添加');
    const data = structuredClone(fx.correctionEnding.data) as Record<string, unknown>;
    data['appraisal'] = [{ date: '2026-11-19', self_summary: '个人总结' }];
    const bare = { ...fx.correctionEnding, data: data as RecordRow['data'] };
    expect(option(bare)?.missing).toBe('期满鉴定缺少矫正期间表现，请先在“期满鉴定”中填写');
    expect((await userError(generate(fx, bare, 'appraisal'))).message).toBe(
      '期满鉴定缺少矫正期间表现，请先在“期满鉴定”中填写',
    );
  });
});
