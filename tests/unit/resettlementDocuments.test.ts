// The five 安置帮教 documents (docs/spec/formats.md §12), read back from the .docx: each one's fixed wording and the
// person's values in it, the 拒签 note, the 帮教协议书's clauses as 设置 keeps them, the 登记表's year and landscape
// page, and the issue-18 rules (dates kept whole, signatures kept with the text above, ages on the document's date).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src-main/core/documents';
import type { DocumentOption, GeneratedFile } from '../../src-shared/documents';
import type { RecordRow } from '../../src-shared/handlers';
import { packDocument } from '../../src-main/core/documents/style';
import {
  resettlementDocument,
  type ResettlementDocumentInput,
  type ResettlementKind,
} from '../../src-main/core/documents/resettlementDocuments';
import { teamParties, type ResettlementSubject } from '../../src-main/core/documents/resettlementData';
import { DEFAULT_AGREEMENT_CLAUSES, type AgreementClauses } from '../../src-shared/resettlementClauses';
import { settingsSchema } from '../../src-shared/settings';
import { paragraphTexts, readDocx, tableRows } from '../support/docx';
import { createDocumentFixtures, generate, TODAY } from './documentFixtures';
import { openTestLedger, seedSettings } from './helpers';
import { endedSubject, refusingSubject, releasedSubject, RESETTLEMENT_TODAY } from './resettlementFixtures';

async function docx(
  kind: ResettlementKind,
  subject: ResettlementSubject,
  extra: Partial<ResettlementDocumentInput> = {},
) {
  const input: ResettlementDocumentInput = {
    kind,
    subject,
    officeName: '东河镇司法所',
    clauses: DEFAULT_AGREEMENT_CLAUSES,
    today: RESETTLEMENT_TODAY,
    ...extra,
  };
  return readDocx(await packDocument(resettlementDocument(input, kind)));
}

/** The body's paragraphs as XML, for what keeps with what. */
const paragraphsXml = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => p);

/** The paragraph before the first signature line, and every one from it to the end, keep with the next. */
function expectSignaturesKeptWithText(xml: string, firstSignature: string) {
  const paragraphs = paragraphsXml(xml);
  const texts = paragraphs.map((p) => paragraphTexts(p)[0] ?? '');
  const first = texts.findIndex((t) => t.startsWith(firstSignature));
  expect(first).toBeGreaterThan(0);
  for (const p of paragraphs.slice(first - 1, -1)) expect(p).toContain('<w:keepNext/>');
}

describe('报到谈话笔录', () => {
  it('has 时间、地点、谈话人、记录人, the person’s facts, the talk as questions and answers, and both sides’ signatures', async () => {
    const doc = await docx('reportTalk', releasedSubject());
    expect(doc.paragraphs[0]).toBe('报到谈话笔录');
    expect(doc.paragraphs).toContain('时间：2026年3月4日9时30分');
    expect(doc.paragraphs).toContain('地点：东河镇司法所谈话室');
    expect(doc.paragraphs).toContain('谈话人：王晓红\u3000\u3000记录人：李明');
    expect(doc.paragraphs).toContain('被谈话人基本情况：');
    expect(doc.paragraphs).toContain('姓名：孙某某\u3000\u3000性别：男\u3000\u3000民族：汉族');
    expect(doc.paragraphs).toContain('身份证号：320623199004150031');
    expect(doc.paragraphs).toContain('户籍地：如东县东河镇新桥村6组15号');
    expect(doc.paragraphs).toContain('居住地：如东县东河镇东河社区5幢201室');
    expect(doc.paragraphs).toContain('罪名：盗窃罪');
    expect(doc.paragraphs).toContain('原判刑罚：有期徒刑三年');
    expect(doc.paragraphs).toContain('释放日期：2026年3月2日');
    expect(doc.paragraphs).toContain('释放机关：江苏省南通监狱');
    expect(doc.paragraphs).toContain('帮教期限：五年（2026年3月2日至2031年3月1日）');
    expect(doc.paragraphs).toContain('答：想在镇上找份汽修的工作，我在监狱里学过汽修。');
    for (const label of ['被谈话人（签名）', '谈话人（签名）', '记录人（签名）'])
      expect(doc.paragraphs.some((p) => p.startsWith(label))).toBe(true);
    expect(doc.paragraphs.at(-1)).toBe('2026年3月4日');
    expectSignaturesKeptWithText(doc.document, '被谈话人（签名）');
  });

  it('prints the age as on the day of the talk, not the day it is printed', async () => {
    // Born 1990-04-15: 35 on the talk's 2026-03-04, 36 on the day of printing (2026-11-21).
    const doc = await docx('reportTalk', releasedSubject());
    expect(doc.paragraphs).toContain('出生日期：1990年4月15日（35岁）');
  });

  it('a talk not yet written up prints the usual questions, each with a line for the answer', async () => {
    const doc = await docx('reportTalk', refusingSubject());
    expect(doc.paragraphs).toContain('问：你今后有什么打算？就业、生活上有什么困难需要帮助？');
    expect(doc.paragraphs.filter((p) => /^答：_+$/.test(p))).toHaveLength(5);
    // No 地点 entered: the office.
    expect(doc.paragraphs).toContain('地点：东河镇司法所');
  });

  it('a person handed over from 社区矫正 is described by 解矫日期 and 原矫正机构, with a three-year 帮教期', async () => {
    const doc = await docx('reportTalk', endedSubject());
    expect(doc.paragraphs).toContain('解矫日期：2026年1月31日');
    expect(doc.paragraphs).toContain('原矫正机构：如东县社区矫正管理局');
    expect(doc.paragraphs).toContain('帮教期限：三年（2026年1月31日至2029年1月30日）');
  });
});

describe('帮教协议书', () => {
  it('lists the four parties, the 帮教期限, each party’s clauses numbered, and four signature lines under one date', async () => {
    const doc = await docx('resettlementAgreement', releasedSubject());
    expect(doc.paragraphs[0]).toBe('帮教协议书');
    expect(doc.paragraphs).toContain('司法所：东河镇司法所');
    expect(doc.paragraphs).toContain('村（居）帮教人员：新桥村治保调解主任周建华、网格员陈丽');
    expect(doc.paragraphs).toContain('帮教对象亲属：父亲孙大海');
    expect(doc.paragraphs).toContain('帮教对象：孙某某');
    expect(doc.paragraphs).toContain('帮教期限：五年（2026年3月2日至2031年3月1日）。');
    const headings = [
      '一、司法所应当做到：',
      '二、村（居）帮教人员应当做到：',
      '三、帮教对象亲属应当做到：',
      '四、帮教对象应当做到：',
    ];
    const at = headings.map((h) => doc.paragraphs.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(doc.paragraphs[at[3]! + 1]).toBe(`1．${DEFAULT_AGREEMENT_CLAUSES.subject[0]}`);
    expect(doc.paragraphs).toContain('本协议一式四份，四方各执一份，自签订之日起生效，帮教期满自行终止。');
    for (const label of ['司法所（印章）', '村（居）帮教人员（签名）', '帮教对象亲属（签名）', '帮教对象（签名）'])
      expect(doc.paragraphs.some((p) => p.startsWith(label))).toBe(true);
    expect(doc.paragraphs.at(-1)).toBe('2026年3月4日');
    expect(doc.text).not.toContain('拒绝签订');
    expectSignaturesKeptWithText(doc.document, '司法所（印章）');
  });

  it('when the person refused to sign: the office’s note, that the police of the 户籍地 were told, and 拒签 on the line', async () => {
    const doc = await docx('resettlementAgreement', refusingSubject());
    expect(doc.paragraphs).toContain(
      '备注：帮教对象钱某拒绝签订本协议。经司法所注明，存档备案，已于2026年5月21日通报其户籍地公安机关。',
    );
    expect(doc.paragraphs.some((p) => p.startsWith('帮教对象（拒签）'))).toBe(true);
    expect(doc.paragraphs.some((p) => p.startsWith('帮教对象（签名）'))).toBe(false);
    // The note is kept with the signatures below it.
    const note = paragraphsXml(doc.document).find((p) => paragraphTexts(p)[0]?.startsWith('备注：'));
    expect(note).toContain('<w:keepNext/>');
  });

  it('prints the clauses as 设置 keeps them, not the defaults', async () => {
    const clauses: AgreementClauses = {
      office: ['每月与帮教对象谈话一次。'],
      village: ['每季度走访一次。', '发现异常及时报告。'],
      family: ['督促其遵纪守法。'],
      subject: ['不得参与赌博。'],
    };
    const doc = await docx('resettlementAgreement', releasedSubject(), { clauses });
    expect(doc.paragraphs).toContain('1．每月与帮教对象谈话一次。');
    expect(doc.paragraphs).toContain('2．发现异常及时报告。');
    expect(doc.paragraphs).toContain('1．不得参与赌博。');
    expect(doc.text).not.toContain(DEFAULT_AGREEMENT_CLAUSES.office[0]);
  });
});

describe('帮教协议书 clauses in 设置', () => {
  it('a new ledger has the handbook’s clauses; saved ones read back; blank, empty or too many are refused in Chinese', async () => {
    const ledger = openTestLedger();
    const saved = await seedSettings(ledger);
    expect(saved.resettlementClauses).toEqual(DEFAULT_AGREEMENT_CLAUSES);
    const clauses = { ...DEFAULT_AGREEMENT_CLAUSES, subject: ['  不得参与赌博。 ', '每月向司法所报告一次。'] };
    const next = await ledger.call('settings.save', { ...saved, resettlementClauses: clauses });
    expect(next.resettlementClauses.subject).toEqual(['不得参与赌博。', '每月向司法所报告一次。']);
    expect((await ledger.call('settings.get', {})).resettlementClauses).toEqual(next.resettlementClauses);

    const refused = async (subject: string[]) =>
      (await ledger.fail('settings.save', { ...saved, resettlementClauses: { ...clauses, subject } })).message;
    expect(await refused(['  '])).toBe('帮教对象的条款不能为空，不需要的请删除');
    expect(await refused([])).toBe('帮教对象至少写一条');
    expect(await refused(Array(13).fill('遵纪守法。'))).toBe('帮教对象最多12条');
    expect(await refused(['长'.repeat(201)])).toBe('帮教对象的每条不能超过200个字');
    expect((await ledger.call('settings.get', {})).resettlementClauses).toEqual(next.resettlementClauses);
  });

  it('the renderer’s check is the same schema: a settings page saved before the clauses existed gets the defaults', () => {
    const parsed = settingsSchema.parse({ officeName: '东河镇司法所', committees: [], staff: [] });
    expect(parsed.resettlementClauses).toEqual(DEFAULT_AGREEMENT_CLAUSES);
  });
});

describe('通报列管通知书', () => {
  it('is addressed to the 派出所, gives the facts and the reason, asks for 实有人口管理, under the seal and the date', async () => {
    const doc = await docx('policeNotice', releasedSubject());
    expect(doc.paragraphs[0]).toBe('通报列管通知书');
    expect(doc.paragraphs).toContain('如东县公安局东河派出所：');
    expect(doc.paragraphs).toContain(
      '我所辖区安置帮教对象孙某某，男，汉族，1990年4月15日出生（35岁），身份证号320623199004150031，户籍地如东县东河镇新桥村6组15号，居住地如东县东河镇东河社区5幢201室。该人因犯盗窃罪被判处有期徒刑三年，于2026年3月2日从江苏省南通监狱刑满释放。',
    );
    expect(doc.paragraphs).toContain(
      '重点帮教原因：经入帮前评估，社会适应指数为低指数（红色预警），有重新违法犯罪倾向，列为重点帮教对象。',
    );
    expect(doc.text).toContain('请将其纳入实有人口管理');
    expect(doc.paragraphs.slice(-2)).toEqual(['东河镇司法所（印章）', '2026年3月6日']);
    expectSignaturesKeptWithText(doc.document, '东河镇司法所（印章）');
  });

  it('without a 通报 entered: a blank for the 派出所, the reason from the 指数等级, dated the day it is made', async () => {
    const doc = await docx('policeNotice', { ...releasedSubject(), notifications: [] });
    expect(doc.paragraphs).toContain('________公安派出所：');
    expect(doc.paragraphs).toContain('重点帮教原因：经评估，社会适应指数为低指数（红色预警），列为重点帮教对象。');
    expect(doc.paragraphs.at(-1)).toBe('2026年11月21日');
  });
});

describe('安置帮教对象安置帮教工作记录簿', () => {
  it('heads with the person’s facts, then every 走访, 评估 and 帮扶 in date order, the column heads repeated', async () => {
    const doc = await docx('resettlementWorkBook', releasedSubject());
    expect(doc.paragraphs[0]).toBe('安置帮教对象安置帮教工作记录簿');
    const [head, log] = tableRows(doc.document);
    expect(head?.[0]).toEqual(['姓名', '孙某某', '性别', '男', '出生日期', '1990年4月15日']);
    expect(head?.find((r) => r[0] === '帮教期限')?.[1]).toBe('五年（2026年3月2日至2031年3月1日）');
    expect(log?.[0]).toEqual(['日期', '事项', '内容', '工作人员']);
    expect(log?.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['2026年3月30日', '评估'],
      ['2026年4月10日', '走访'],
      ['2026年4月10日', '帮扶'],
      ['2026年5月12日', '走访'],
      ['2026年6月28日', '评估'],
    ]);
    expect(log?.[2]).toEqual([
      '2026年4月10日',
      '走访',
      '形式：实地走访；被访人：本人；情况：在镇上汽修店做学徒，情绪稳定，按时上下班。',
      '王晓红、周建华',
    ]);
    expect(log?.[1]?.[2]).toBe('入帮评估；结果：社会适应指数62分；社会适应指数等级：低');
    const header = doc.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)?.[1]?.match(/<w:tr[ >][\s\S]*?<\/w:tr>/)?.[0];
    expect(header).toContain('<w:tblHeader/>');
  });

  it('with nothing recorded yet says so in the table', async () => {
    const doc = await docx('resettlementWorkBook', refusingSubject());
    expect(tableRows(doc.document)[1]?.[1]).toEqual(['（尚无走访、评估、帮扶记录）']);
  });
});

describe('委托帮教和解除帮教登记表', () => {
  const book = [releasedSubject(), refusingSubject(), endedSubject()];

  it('lists the year’s 委托, 受委托 and 解除 of the whole book in date order, on landscape A4', async () => {
    const doc = await docx('entrustmentRoll', releasedSubject(), { book });
    expect(doc.paragraphs[0]).toBe('委托帮教和解除帮教登记表');
    expect(doc.paragraphs).toContain('2026年度\u3000\u3000填报单位：东河镇司法所');
    const [rows] = tableRows(doc.document);
    expect(rows?.[0]).toEqual([
      '序号',
      '姓名',
      '性别',
      '人员类别',
      '罪名',
      '帮教期限',
      '事项',
      '日期',
      '委托（受委托）司法所或解除方式',
      '答复情况或解除原因',
    ]);
    expect(rows?.slice(1)).toEqual([
      [
        '1',
        '郑某某',
        '男',
        '解除社区矫正',
        '危险驾驶罪',
        '2026年1月31日至\n2029年1月30日',
        '受委托',
        '2026年2月10日',
        '如东县掘港街道司法所',
        '接受\n2026年2月14日',
      ],
      [
        '2',
        '孙某某',
        '男',
        '刑满释放',
        '盗窃罪',
        '2026年3月2日至\n2031年3月1日',
        '委托',
        '2026年7月1日',
        '南通市崇川区和平桥司法所',
        '接受\n2026年7月8日',
      ],
      [
        '3',
        '郑某某',
        '男',
        '解除社区矫正',
        '危险驾驶罪',
        '2026年1月31日至\n2029年1月30日',
        '解除',
        '2026年10月15日',
        '提前撤销',
        '本人同意，经县司法局安置帮教机构审核同意',
      ],
    ]);
    expect(doc.document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('covers the year of the person’s latest 委托 or 解除; another year has none of them', async () => {
    const doc = await docx('entrustmentRoll', endedSubject(), { book, year: '2025' });
    expect(tableRows(doc.document)[0]?.[1]).toEqual(['2025年没有委托帮教和解除帮教的记录']);
    const ended = await docx('entrustmentRoll', endedSubject(), { book });
    expect(ended.paragraphs).toContain('2026年度\u3000\u3000填报单位：东河镇司法所');
  });
});

describe('the 公文 rules of issue 18', () => {
  it('dates are held together by WORD JOINERs; the upright documents are A4 on the 28×22 grid', async () => {
    const joined = (text: string) => [...text].join('\u2060').replace(/(\d)\u2060(?=\d)/g, '$1');
    for (const kind of ['reportTalk', 'resettlementAgreement', 'policeNotice', 'resettlementWorkBook'] as const) {
      const doc = await docx(kind, releasedSubject());
      expect(doc.document).toContain(joined('2026年3月2日'));
      expect(doc.document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
      expect(doc.document).toContain('w:linePitch="579"');
      expect(doc.document).toContain('w:charSpace="-848"');
      expect(doc.document).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
    }
  });
});

describe('the 帮教小组 as the 协议书’s parties', () => {
  it('sorts the members typed into 村（居） helpers and relatives; the office’s own and unmarked names are neither', () => {
    expect(teamParties('司法所王晓红、新桥村治保调解主任周建华，网格员陈丽\n父亲孙大海；志愿者刘强、张三')).toEqual({
      villageHelpers: ['新桥村治保调解主任周建华', '网格员陈丽'],
      relatives: ['父亲孙大海'],
    });
    expect(teamParties(null)).toEqual({ villageHelpers: [], relatives: [] });
  });
});

describe('from a 安置帮教对象’s record, through the 生成文书 menu', () => {
  it('offers the five documents, one 通报列管通知书 per 通报, and says what a record without a 通报 lacks', async () => {
    const ledger = openTestLedger({ today: TODAY });
    const fx = await createDocumentFixtures(ledger.core);
    const { documents } = await ledger.call('documents.list', { register: 'resettlement', id: fx.resettlement.id });
    expect(documents.map((d: DocumentOption) => [d.title, d.available])).toEqual([
      ['报到谈话笔录', true],
      ['帮教协议书', true],
      ['通报列管通知书（2026年3月6日）', true],
      ['安置帮教对象安置帮教工作记录簿', true],
      ['委托帮教和解除帮教登记表', true],
    ]);
    const ended = await ledger.call('documents.list', { register: 'resettlement', id: fx.resettlementEnded.id });
    expect(ended.documents.find((d: DocumentOption) => d.kind === 'policeNotice')).toEqual({
      kind: 'policeNotice',
      title: '通报列管通知书',
      available: false,
      missing: '还没有通报列管记录，请先在“通报列管”中添加（通报对象、通报事由）',
    });
  });

  it('reads the record’s fields: the stored 帮教期满日期, the 拒签 and the 通报 that reported it, the timeline', async () => {
    const ledger = openTestLedger({ today: TODAY });
    const fx = await createDocumentFixtures(ledger.core);
    const read = async (record: RecordRow, kind: DocumentKind, index?: number) =>
      readDocx((await generate(fx, record, kind, index)).bytes);

    const talk = await read(fx.resettlement, 'reportTalk');
    expect(talk.paragraphs).toContain('时间：2026年3月4日');
    expect(talk.paragraphs).toContain('出生日期：1990年4月15日（35岁）');
    expect(talk.paragraphs).toContain('帮教期限：五年（2026年3月2日至2031年3月1日）');
    expect(talk.paragraphs).toContain('释放机关：江苏省南通监狱');

    const agreement = await read(fx.resettlement, 'resettlementAgreement');
    expect(agreement.paragraphs).toContain('村（居）帮教人员：新桥村治保调解主任周建华、网格员陈丽');
    expect(agreement.paragraphs).toContain('帮教对象亲属：父亲孙大海');
    const refused = await read(fx.resettlementRefused, 'resettlementAgreement');
    expect(refused.paragraphs).toContain(
      '备注：帮教对象钱某拒绝签订本协议。经司法所注明，存档备案，已于2026年5月21日通报其户籍地公安机关。',
    );

    const notice = await read(fx.resettlement, 'policeNotice', 0);
    expect(notice.paragraphs).toContain('如东县公安局东河派出所：');
    expect(notice.paragraphs.at(-1)).toBe('2026年3月6日');

    const [, log] = tableRows((await read(fx.resettlement, 'resettlementWorkBook')).document);
    expect(log?.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['2026年3月30日', '评估', '入帮评估；结果：社会适应指数62分；社会适应指数等级：低'],
      ['2026年4月10日', '走访', '形式：实地走访；被访人：本人；情况：在镇上汽修店做学徒，情绪稳定，按时上下班。'],
      ['2026年4月10日', '帮扶', '措施：就业指导；联系东河汽修店；结果：已上岗'],
      ['2026年5月12日', '走访', '形式：电话走访；被访人：亲属；情况：其父反映孙某某晚上一般在家，未与原同案人员来往。'],
      ['2026年6月28日', '评估', '日常评估；结果：社会适应指数70分；社会适应指数等级：中'],
    ]);
  });

  it('the 登记表 from the API reads the whole book, kept under 文书/<year>/安置帮教', async () => {
    const ledger = openTestLedger({ today: TODAY });
    const fx = await createDocumentFixtures(ledger.core);
    const file: GeneratedFile = await ledger.call('documents.generate', {
      register: 'resettlement',
      id: fx.resettlementEnded.id,
      kind: 'entrustmentRoll',
    });
    expect(file.fileName).toBe('委托帮教和解除帮教登记表（2026年度）.docx');
    expect(file.savedPath).toBe(path.join(ledger.dir, '文书', '2026', '安置帮教', file.fileName));
    const [rows] = tableRows(readDocx(Buffer.from(file.base64, 'base64')).document);
    expect(rows?.slice(1).map((r) => [r[1], r[6], r[7], r[8]])).toEqual([
      ['郑某', '受委托', '2026年2月10日', '如东县掘港街道司法所'],
      ['孙某某', '委托', '2026年7月1日', '南通市崇川区和平桥司法所'],
      ['郑某', '解除', '2026年10月15日', '提前撤销'],
    ]);
    // A person's papers are filed under their name.
    const talk: GeneratedFile = await ledger.call('documents.generate', {
      register: 'resettlement',
      id: fx.resettlement.id,
      kind: 'reportTalk',
    });
    expect(talk.savedPath).toBe(
      path.join(ledger.dir, '文书', '2026', '安置帮教', '孙某某', '报到谈话笔录-孙某某.docx'),
    );
  });
});
