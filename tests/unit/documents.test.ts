// The Word documents, read back from the .docx: fixed wording of the official forms, every party's particulars, the
// shared 编号, the 公文 page setup and typography, the 卷宗's order and page references, and the Chinese errors when
// data is missing. Records come from a real ledger (documentFixtures.ts), so they passed the registers' validation.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src-main/core';
import { generateDocument, listDocuments, sanitizeFileName, type DocumentKind } from '../../src-main/core/documents';
import { UserError } from '../../src-main/core/errors';
import type { RecordRow } from '../../src-shared/handlers';
import {
  createDocumentFixtures,
  generate,
  longSessionRecord,
  paragraphTexts,
  readDocx,
  tableRows,
  TODAY,
  twentyTerms,
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
  return { ...doc, ...readDocx(doc.bytes) };
}

/** A copy of a record with some data changed, for cases the ledger's forms would not save half-filled. */
function withData(record: RecordRow, data: Record<string, unknown>): RecordRow {
  return { ...record, data: { ...structuredClone(record.data), ...(data as RecordRow['data']) } };
}

async function userError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

const caseNo = (record: RecordRow) => String(record.data['case_no']);

// Fixed wording of §3.9 协议书 and §3.11 回访记录, character for character.
const AGREEMENT_PHRASES = ['纠纷主要事实、争议事项：', '经调解，自愿达成如下协议：', '履行方式、时限：'];

describe('人民调解协议书 (§3.9)', () => {
  it('has the form’s fixed wording, 编号 = 卷号, every party’s block and the signatures', async () => {
    const doc = await docx(fx.twoParty, 'agreement');
    expect(caseNo(fx.twoParty)).toBe('（2026）东人调字第1号');
    expect(doc.paragraphs).toContain('人民调解协议书');
    expect(doc.paragraphs).toContain(`编号：${caseNo(fx.twoParty)}`);
    for (const phrase of AGREEMENT_PHRASES) expect(doc.paragraphs).toContain(phrase);
    expect(doc.paragraphs).toContain('本协议一式3份，当事人、人民调解委员会各持一份。');

    // Each party: 姓名、性别、民族、年龄、职业或职务、联系方式、单位或住址, under the official label 当事人.
    const blocks = doc.paragraphs.filter((p) => p.startsWith('当事人\t'));
    expect(blocks).toHaveLength(2);
    for (const [name, sex, ethnicity, phone, address, occupation] of [
      ['张三', '男', '汉族', '13862710001', '如东县东河镇新桥村3组18号', '农民'],
      ['李四', '女', '回族', '13962710002', '如东县东河镇新桥村3组20号', '个体工商户'],
    ] as const) {
      expect(doc.text).toMatch(
        new RegExp(`姓名\\s*${name}\\s*\u3000性别\\s*${sex}\\s*\u3000民族\\s*${ethnicity}\\s*\u3000年龄`),
      );
      expect(doc.text).toMatch(new RegExp(`职业或职务\\s*${occupation}\\s*\u3000联系方式\\s*${phone}`));
      expect(doc.text).toMatch(new RegExp(`单位或住址\\s*${address}`));
    }
    // Ages are worked out from the 身份证号 on the agreement's date (2026-03-20: 53; on TODAY he is 54).
    expect(doc.text).toMatch(/姓名\s*张三[\s\S]*?年龄\s*53\b/);

    const terms = doc.paragraphs.filter((p) => /^[一二三四五六七八九十]+、/.test(p));
    expect(terms.map((t) => t.split('、')[0])).toEqual(['一', '二', '三']);
    expect(terms[1]).toBe('二、李四于2026年3月25日前一次性赔偿张三院墙修复费用人民币叁仟元（￥3000.00）。');

    const signatures = doc.paragraphs.filter((p) => p.startsWith('当事人（签名盖章或按指印）'));
    expect(signatures).toHaveLength(2);
    expect(signatures[0]).toMatch(/^当事人（签名盖章或按指印）_+$/);
    expect(doc.paragraphs.some((p) => /^人民调解员（签名）_+$/.test(p))).toBe(true);
    expect(doc.paragraphs.some((p) => /^记录人（签名）_+$/.test(p))).toBe(true);
    expect(doc.paragraphs).toContain('东河镇人民调解委员会（印章）');
    expect(doc.paragraphs).toContain('2026年3月20日');

    // The fixed phrases come in the form's order.
    const order = [
      ...AGREEMENT_PHRASES,
      '本协议一式3份，当事人、人民调解委员会各持一份。',
      '东河镇人民调解委员会（印章）',
    ].map((p) => doc.paragraphs.indexOf(p));
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    expect(doc.fileName).toBe('人民调解协议书-张三.docx');
    expect(doc.folder).toBe('文书/2026/（2026）东人调字第1号');
  });

  it('repeats the block for three parties, shows an organisation as 名称/法定代表人/地址, numbers 20 terms', async () => {
    const doc = await docx(fx.threeParty, 'agreement');
    expect(doc.paragraphs).toContain(`编号：${caseNo(fx.threeParty)}`);
    expect(doc.paragraphs.filter((p) => p.startsWith('当事人\t'))).toHaveLength(3);
    expect(doc.text).toMatch(/姓名\s*王五\s*\u3000性别\s*男\s*\u3000民族\s*汉族/);
    expect(doc.text).toMatch(/姓名\s*赵六\s*\u3000性别\s*女\s*\u3000民族\s*满族/);
    expect(doc.text).toContain('13862710004');
    expect(doc.text).toContain('如东县东河镇新桥村5组9号');
    // The organisation: 名称, 法定代表人, 联系方式, 地址 — no 性别/民族/年龄.
    const org = doc.paragraphs.findIndex((p) => p.includes('东河建材有限公司') && p.startsWith('当事人\t'));
    expect(doc.paragraphs[org]).toMatch(/^当事人\t名称\s*东河建材有限公司\s*$/);
    expect(doc.paragraphs[org + 1]).toMatch(/^法定代表人\s*钱七\s*\u3000联系方式\s*0513-84321234\s*$/);
    expect(doc.paragraphs[org + 2]).toMatch(/^地址\s*如东县东河镇工业园区纬二路8号\s*$/);

    const numerals = [
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
      '七',
      '八',
      '九',
      '十',
      '十一',
      '十二',
      '十三',
      '十四',
      '十五',
      '十六',
      '十七',
      '十八',
      '十九',
      '二十',
    ];
    const terms = doc.paragraphs.filter((p) => /^[一二三四五六七八九十]+、/.test(p));
    expect(terms).toEqual(twentyTerms().map((t, i) => `${numerals[i]}、${t}`));

    // No copies entered: one per party and one for the committee.
    expect(doc.paragraphs).toContain('本协议一式4份，当事人、人民调解委员会各持一份。');
    expect(doc.paragraphs.filter((p) => p.startsWith('当事人（签名盖章或按指印）'))).toHaveLength(3);
    expect(doc.fileName).toBe('人民调解协议书-王五.docx');
  });

  it('prints the number of copies the clerk entered', async () => {
    const doc = await docx(withData(fx.twoParty, { agreement_copies: 5 }), 'agreement');
    expect(doc.paragraphs).toContain('本协议一式5份，当事人、人民调解委员会各持一份。');
  });
});

describe('人民调解回访记录 (§3.11)', () => {
  it('has the form’s labels, 调解协议编号 = the 协议书’s 编号, 回访事由 = the dispute’s name', async () => {
    const revisit = await docx(fx.twoParty, 'revisit');
    const agreement = await docx(fx.twoParty, 'agreement');
    const agreementNo = agreement.paragraphs.find((p) => p.startsWith('编号：'))?.slice('编号：'.length);
    expect(revisit.paragraphs).toContain('人民调解回访记录');
    expect(revisit.paragraphs).toContain('当事人：张三、李四');
    expect(revisit.paragraphs).toContain(`调解协议编号：${agreementNo}`);
    expect(agreementNo).toBe(caseNo(fx.twoParty));
    expect(revisit.paragraphs).toContain('回访事由：张三与李四邻里纠纷');
    expect(revisit.paragraphs).toContain('回访情况：');
    expect(revisit.text).toContain('经上门回访，李四已于3月28日加装落水管');
    expect(revisit.paragraphs.some((p) => /^回访人（签名）_+$/.test(p))).toBe(true);
    expect(revisit.paragraphs).toContain('2026年4月20日');
    expect(revisit.fileName).toBe('人民调解回访记录-张三.docx');
  });

  it('needs the 回访情况', async () => {
    const error = await userError(generate(fx, fx.threeParty, 'revisit'));
    expect(error.message).toBe('回访记录缺少回访情况，请先在“回访”中填写');
  });
});

describe('page setup and typography (§2, §10.5)', () => {
  const kinds: [keyof DocumentFixtures, DocumentKind, number?][] = [
    ['twoParty', 'application'],
    ['twoParty', 'acceptance'],
    ['twoParty', 'rightsNotice'],
    ['twoParty', 'investigation', 0],
    ['twoParty', 'session', 1],
    ['twoParty', 'agreement'],
    ['oral', 'oralAgreement'],
    ['twoParty', 'revisit'],
    ['twoParty', 'cover'],
    ['twoParty', 'contents'],
    ['twoParty', 'backCover'],
    ['twoParty', 'caseFile'],
    ['petition', 'visitRecord'],
    ['correction', 'fieldVisit', 1],
    ['correction', 'approvalForm', 0],
    ['correction', 'approvalNotice', 0],
    ['correction', 'approvalPublicNotice', 2],
    ['correctionEnding', 'appraisal'],
  ];

  it.each(kinds)('%s %s: A4, margins 37/35/28/26 mm, 仿宋_GB2312 in the east-Asian slot', async (key, kind, index) => {
    const doc = await docx(fx[key] as RecordRow, kind, index);
    const sections = [...doc.document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map(([s]) => s);
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      expect(section).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(section).toContain('w:top="2098"');
      expect(section).toContain('w:bottom="1984"');
      expect(section).toContain('w:left="1588"');
      expect(section).toContain('w:right="1474"');
    }
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(doc.styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts[^>]*w:eastAsia="仿宋_GB2312"/);
    expect(defaults).toMatch(/<w:rFonts[^>]*w:hint="eastAsia"/);
    expect(defaults).toContain('<w:sz w:val="32"/>');
    // Every length Word reads as twips is a whole number (Word refuses a document with 868.5).
    expect(doc.document).not.toMatch(/w:(?:line|before|after|left|right|firstLine|hanging|w)="\d+\.\d+"/);
    // Latin text is English and Chinese text Chinese, in the defaults and on every run that sets a language: with
    // zh-CN in the Latin slot programs break lines inside numbers.
    expect(defaults).toMatch(/<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
    for (const part of [doc.document, doc.styles, ...doc.footers]) {
      for (const [lang] of part.matchAll(/<w:lang [^>]*>/g))
        expect(lang).toBe('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
    }
    const runs = [...doc.document.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map(([r]) => r).filter((r) => r.includes('<w:t'));
    expect(runs.filter((r) => !r.includes('<w:lang ')).length).toBeLessThanOrEqual(runs.length / 10);
    // The GB/T 9704 grid: 22 lines of 28 characters (the render test measures them).
    for (const section of sections) {
      const grid = /<w:docGrid [^>]*\/>/.exec(section)?.[0] ?? '';
      expect(grid).toContain('w:type="linesAndChars"');
      expect(grid).toContain('w:linePitch="579"');
      expect(grid).toContain('w:charSpace="-848"');
    }
    // The font table names every font with what stands in for it.
    expect(doc.fontTable).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(doc.fontTable).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="华文中宋"\/>/);
    expect(doc.fontTable).toMatch(/<w:font w:name="仿宋"><w:altName w:val="FangSong"\/>/);
  });

  it('dates, amounts and 卷号 are held together by WORD JOINERs; a reader’s text has none', async () => {
    const doc = await docx(fx.twoParty, 'agreement');
    const joined = (text: string) => [...text].join('\u2060').replace(/(\d)\u2060(?=\d)/g, '$1');
    expect(doc.document).toContain(joined('2026年3月20日'));
    expect(doc.document).toContain(joined('（2026）东人调字第1号'));
    expect(doc.document).toContain(joined('2026年3月25日'));
    expect(doc.paragraphs).toContain('2026年3月20日');
  });

  it('signatures keep with the text above them: the paragraph before a signature block is kept with the next', async () => {
    const doc = await docx(fx.twoParty, 'investigation', 0);
    const paragraphs = [...doc.document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => p);
    const texts = paragraphs.map((p) => paragraphTexts(p)[0] ?? '');
    const first = texts.findIndex((t) => t.startsWith('被调查人（签名）'));
    expect(texts[first - 1]).toBe('答：同意，可以加装落水管，把水引到我家门前的排水沟。');
    for (const p of paragraphs.slice(first - 1, -1)) expect(p).toContain('<w:keepNext/>');
    // The visit form's last row keeps with its signature rows, which cannot split.
    const visit = await docx(fx.petition, 'visitRecord');
    const rows = [...visit.document.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([r]) => r);
    expect(rows.at(-3)).toContain('<w:keepNext/>');
    for (const row of rows.slice(-2)) expect(row).toContain('<w:cantSplit/>');
  });

  it('titles are 方正小标宋简体 二号, centered', async () => {
    const doc = await docx(fx.twoParty, 'agreement');
    const title = [...doc.document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map(([p]) => p)
      .find((p) => p.includes('>人民调解协议书<'));
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(title).toContain('<w:sz w:val="44"/>');
  });

  it('page numbers “— N —” in 宋体 四号, odd pages right and even pages left', async () => {
    const doc = await docx(fx.twoParty, 'agreement');
    expect(doc.settings).toContain('<w:evenAndOddHeaders/>');
    const section = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(doc.document)?.[0] ?? '';
    expect(section).toContain('w:footerReference w:type="default"');
    expect(section).toContain('w:footerReference w:type="even"');
    expect(doc.footers).toHaveLength(2);
    for (const footer of doc.footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(footer).toContain('>— </w:t>');
      expect(footer).toContain('> —</w:t>');
      expect(footer).toMatch(/w:eastAsia="宋体"/);
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    const aligns = doc.footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort();
    expect(aligns).toEqual(['left', 'right']);
  });

  it('tables are fixed-layout with explicit column widths that fill the text width', async () => {
    for (const [record, kind] of [
      [fx.twoParty, 'cover'],
      [fx.correction, 'fieldVisit'],
      [fx.correction, 'approvalForm'],
      [fx.correctionEnding, 'appraisal'],
      [fx.petition, 'visitRecord'],
      [fx.twoParty, 'caseFile'],
      [fx.oral, 'oralAgreement'],
    ] as const) {
      const doc = await docx(record, kind);
      const tables = [...doc.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => t);
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        expect(table).toContain('<w:tblLayout w:type="fixed"/>');
        const cols = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
        expect(cols.length).toBeGreaterThan(1);
        expect(cols.reduce((a, b) => a + b, 0)).toBe(8844);
        // Rows grow with their text and may break across pages: no fixed heights.
        expect(table).not.toMatch(/w:hRule="exact"/);
      }
    }
  });
});

describe('the other case documents', () => {
  it('申请书: blocks for 申请人 and 被申请人, the fixed sentence with the committee’s name', async () => {
    const doc = await docx(fx.twoParty, 'application');
    expect(doc.paragraphs[0]).toBe('人民调解申请书');
    expect(doc.paragraphs.filter((p) => p.startsWith('申请人\t姓名'))).toHaveLength(1);
    expect(doc.paragraphs.filter((p) => p.startsWith('被申请人\t姓名'))).toHaveLength(1);
    expect(doc.paragraphs).toContain('纠纷简要情况陈述：');
    // 当事人申请事项 as entered, numbered 1、2、3 (§3.4); a case without them gets the form's blanks to write in.
    const items = doc.paragraphs.indexOf('当事人申请事项：');
    expect(doc.paragraphs.slice(items + 1, items + 3)).toEqual([
      '1、被申请人在彩钢棚靠申请人一侧加装落水管，不再向申请人院内排水。',
      '2、被申请人赔偿申请人院墙修复费用人民币5000元。',
    ]);
    const blank = await docx(withData(fx.twoParty, { application_items: [] }), 'application');
    const blanks = blank.paragraphs.indexOf('当事人申请事项：');
    expect(blank.paragraphs.slice(blanks + 1, blanks + 4).map((p) => p.replace(/_+$/, ''))).toEqual([
      '1、',
      '2、',
      '3、',
    ]);
    expect(doc.paragraphs).toContain(
      '东河镇人民调解委员会已将申请人民调解的相关规定告知我，现自愿申请东河镇人民调解委员会进行调解。',
    );
    expect(doc.paragraphs.some((p) => /^申请人（签名盖章或按指印）_+$/.test(p))).toBe(true);
    expect(doc.paragraphs).toContain('2026年3月10日');
  });

  it('受理登记表: the form’s words (§3.5), its two sources with the one that applies ticked, 备注', async () => {
    const doc = await docx(fx.twoParty, 'acceptance');
    const signature = (label: string) => doc.paragraphs.findIndex((p) => new RegExp(`^${label}（签名）_+$`).test(p));
    expect(doc.paragraphs.slice(1, 5)).toEqual([
      '2026年3月10日，本人民调解委员会经当事人同意，调解张三、李四之间的纠纷。',
      '纠纷类型：邻里纠纷',
      '案件来源：①当事人申请√\u3000②人民调解委员会主动调解',
      '纠纷简要情况：',
    ]);
    expect(signature('当事人')).toBeGreaterThan(4);
    expect(signature('登记人')).toBe(signature('当事人') + 1);
    expect(doc.paragraphs.slice(signature('登记人') + 1)).toEqual([
      '东河镇人民调解委员会（印章）',
      '2026年3月10日',
      '备注：此表由人民调解委员会填写',
    ]);
    const active = await docx(fx.threeParty, 'acceptance');
    expect(active.paragraphs).toContain('案件来源：①当事人申请\u3000②人民调解委员会主动调解√');
    // A referral is taken up by the committee: ② ticked, the referral named (formats.md §3.5).
    const referred = await docx(withData(fx.threeParty, { case_source: '法院委托移送' }), 'acceptance');
    expect(referred.paragraphs).toContain('案件来源：①当事人申请\u3000②人民调解委员会主动调解√（法院委托移送）');
  });

  it('告知书: the official opening sentence verbatim, the clauses, one signature per party', async () => {
    const doc = await docx(fx.threeParty, 'rightsNotice');
    expect(doc.paragraphs).toContain(
      '根据有关法律、法规的要求，现将人民调解委员会的性质、调解原则和法律效果，以及在调解中各方当事人享有的权利和应当承担的义务告知如下：',
    );
    expect(doc.paragraphs).toContain('一、人民调解委员会是调解民间纠纷的群众性组织。');
    expect(doc.text).toContain('（一）选择或者接受人民调解员');
    expect(doc.text).toContain('（一）如实陈述纠纷事实');
    expect(doc.text).toContain('三十日内共同向人民法院申请司法确认');
    expect(doc.paragraphs.filter((p) => p.startsWith('当事人（签名盖章或按指印）'))).toHaveLength(3);
  });

  it('调查记录: one per investigation, the person asked as a party block (民族 from the party of that name)', async () => {
    const doc = await docx(fx.twoParty, 'investigation', 0);
    expect(doc.paragraphs).toContain('时间：2026年3月12日9时30分至10时40分');
    expect(doc.paragraphs).toContain('地点：新桥村3组张三家院内');
    expect(doc.text).toMatch(/^被调查人\t姓名\s*李四\s*\u3000性别\s*女\s*\u3000民族\s*回族\s*\u3000年龄\s*46/m);
    expect(doc.paragraphs).toContain('问：你家彩钢棚是什么时候搭的？');
    expect(doc.paragraphs).toContain('答：同意，可以加装落水管，把水引到我家门前的排水沟。');
    for (const who of ['被调查人', '调查人', '记录人'])
      expect(doc.paragraphs.some((p) => new RegExp(`^${who}（签名）_+$`).test(p))).toBe(true);
    expect(doc.fileName).toBe('人民调解调查记录（第1次，2026年3月12日）-张三.docx');
    // Someone not a party: the 民族 entered with the investigation.
    const [entry] = fx.twoParty.data['investigations'] as Record<string, unknown>[];
    const witness = await docx(
      withData(fx.twoParty, {
        investigations: [{ ...entry, subject_name: '王大明', subject_sex: '男', subject_ethnicity: '壮族' }],
      }),
      'investigation',
      0,
    );
    expect(witness.text).toMatch(/^被调查人\t姓名\s*王大明\s*\u3000性别\s*男\s*\u3000民族\s*壮族\s*\u3000年龄/m);
  });

  it('调解记录: the head of §3.8, the whole of a 3000-character record, the result ticked', async () => {
    const doc = await docx(fx.threeParty, 'session', 0);
    expect(doc.paragraphs).toContain('事由：运输车辆撒漏扬尘致损害赔偿');
    expect(doc.paragraphs).toContain('当事人：王五、赵六、东河建材有限公司');
    expect(doc.paragraphs).toContain('参加人：新桥村3组组长王大明、村农技员刘芳');
    const record = longSessionRecord();
    expect([...record].length).toBeGreaterThanOrEqual(3000);
    for (const line of record.split('\n')) expect(doc.paragraphs).toContain(line);
    expect(doc.paragraphs).toContain('调解结果：■达成书面协议\u3000□达成口头协议\u3000□未达成协议');
    expect(doc.paragraphs.filter((p) => p.startsWith('当事人（签名）'))).toHaveLength(3);
    // Signed by those present and sealed by the committee (S22), on the session's date.
    expect(doc.paragraphs.slice(-2)).toEqual(['东河镇人民调解委员会（印章）', '2026年5月20日']);
    const failed = await docx(fx.twoParty, 'session', 0);
    expect(failed.paragraphs).toContain(
      '调解结果：□达成书面协议\u3000□达成口头协议\u3000■未达成协议（原因：双方对赔偿数额分歧较大）',
    );
  });

  it('调解记录 without its own 人民调解员 prints the case’s: they are entered once, on the case', async () => {
    const sessions = (fx.twoParty.data['sessions'] as Record<string, unknown>[]).map((s) => ({
      ...s,
      mediators: null,
    }));
    const doc = await docx(withData(fx.twoParty, { sessions }), 'session', 0);
    const names = (fx.twoParty.data['mediators'] as string[]).join('、');
    expect(names).not.toBe('');
    expect(doc.paragraphs).toContain(`人民调解员：${names}\u3000\u3000记录人：李明`);
  });

  it('口头协议登记表 for an oral agreement, with the same 编号, instead of the 协议书', async () => {
    const doc = await docx(fx.oral, 'oralAgreement');
    expect(doc.paragraphs[0]).toBe('人民调解口头协议登记表');
    expect(doc.paragraphs).toContain(`编号：${caseNo(fx.oral)}`);
    expect(doc.paragraphs).toContain('口头协议内容');
    expect(doc.paragraphs).toContain('一、周九于2026年6月5日当场支付孙八工钱人民币肆仟元。');
    expect(doc.paragraphs).toContain('4000.00元');
    expect(doc.paragraphs.filter((p) => p.startsWith('当事人（签名盖章或按指印）'))).toHaveLength(2);
    const error = await userError(generate(fx, fx.oral, 'agreement'));
    expect(error.message).toBe('本案为口头协议，请生成“人民调解口头协议登记表”');
  });

  it('封面 (§3.3): the committee, 调 解 卷 宗 and the file’s particulars', async () => {
    const doc = await docx(fx.twoParty, 'cover');
    expect(doc.paragraphs.slice(0, 2)).toEqual(['东河镇人民调解委员会', '调 解 卷 宗']);
    const pairs = [
      '卷名：',
      '张三与李四邻里纠纷',
      '卷号：',
      '（2026）东人调字第1号',
      '人民调解员：',
      '陈建国、周玉兰',
      '调解日期：',
      '2026年3月10日 至 2026年3月20日',
      '立卷人：',
      '王晓红',
      '立卷日期：',
      '2026年4月25日',
      '保管期限：',
      '10年',
      '备注：',
      '见卷宗情况说明',
    ];
    expect(doc.paragraphs.filter((p) => pairs.includes(p))).toEqual(pairs);
    // No page number on the cover.
    expect(doc.document).not.toContain('w:footerReference');
  });

  it('封底 (§3.12): 本卷共N页（件） as the 卷宗 numbers its pages, 立卷人, 检查人, 立卷日期', async () => {
    const doc = await docx(fx.twoParty, 'backCover');
    // The 卷宗 is numbered through to its 封底: as many pages as the 卷内目录's page for the 封底.
    const contents = (await docx(fx.twoParty, 'contents')).paragraphs;
    const pages = Number(contents[contents.indexOf('封底') + 1]);
    expect(pages).toBeGreaterThan(12);
    expect(doc.paragraphs).toEqual(
      expect.arrayContaining([
        `本卷共${pages}页（件）`,
        '立卷人：王晓红',
        '检查人：____________',
        '立卷日期：2026年4月25日',
      ]),
    );
  });
});

describe('人民调解卷宗: the whole file in one document (§3.2)', () => {
  it('cover, 卷内目录, then the documents in the official order, each on a new page, numbered from 1', async () => {
    const doc = await docx(fx.twoParty, 'caseFile');
    const titles = [
      '卷内目录',
      '人民调解申请书',
      '人民调解受理登记表',
      '人民调解当事人权利义务告知书',
      // Two sheets for the ID copies the clerk entered, each headed.
      '当事人身份证明',
      '当事人身份证明',
      '人民调解调查记录',
      '人民调解记录',
      '人民调解记录',
      '人民调解协议书',
      '收条或汇款单等履行凭证',
      '人民调解回访记录',
      '卷宗情况说明',
      '封\u3000底',
    ];
    // The headings: paragraphs in the title face and size (the cover's committee line is one too).
    const headings = [...doc.document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map(([p]) => p)
      .filter((p) => p.includes('w:eastAsia="方正小标宋简体"') && p.includes('<w:sz w:val="44"/>'))
      .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    expect(headings).toEqual(['东河镇人民调解委员会', ...titles]);
    expect(doc.fileName).toBe('人民调解卷宗-张三.docx');
    expect(doc.folder).toBe('文书/2026/（2026）东人调字第1号');

    // The cover and the 卷内目录 are an unnumbered section; the documents a section numbered from 1.
    const sections = [...doc.document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map(([s]) => s);
    expect(sections).toHaveLength(2);
    expect(sections[0]).not.toContain('w:footerReference');
    expect(sections[1]).toContain('<w:pgNumType w:start="1"/>');
    expect(sections[1]).toContain('w:footerReference w:type="even"');
    // The 卷内目录 and every document after the first start a new page (the first one starts the section).
    expect((doc.document.match(/<w:pageBreakBefore\/>/g) ?? []).length).toBe(1 + (titles.length - 1 - 1));
  });

  it('the 卷内目录 lists what the file holds, with PAGEREF fields to bookmarked titles, already filled in', async () => {
    const doc = await docx(fx.twoParty, 'caseFile');
    const bookmarks = [...doc.document.matchAll(/<w:bookmarkStart w:name="(doc\d+)"/g)].map((m) => m[1]);
    expect(bookmarks).toEqual(Array.from({ length: 12 }, (_, i) => `doc${i + 1}`));
    const refs = [
      ...doc.document.matchAll(
        /PAGEREF (doc\d+)[^<]*<\/w:instrText>[\s\S]*?<w:fldChar w:fldCharType="separate"\/>[\s\S]*?<w:t[^>]*>(\d+)<\/w:t>/g,
      ),
    ];
    expect(refs.map((m) => m[1])).toEqual(bookmarks);
    const pages = refs.map((m) => Number(m[2]));
    expect(pages[0]).toBe(1);
    for (let i = 1; i < pages.length; i++) expect(pages[i]).toBeGreaterThan(pages[i - 1] ?? 0);
  });

  it('includes the 申请书 only on application, the 口头协议登记表 for oral agreements, the 情况说明 only with a note', async () => {
    const three = await docx(fx.threeParty, 'caseFile');
    expect(three.paragraphs).not.toContain('人民调解申请书');
    expect(three.paragraphs).not.toContain('卷宗情况说明');
    expect(three.paragraphs).not.toContain('人民调解回访记录');
    expect(three.paragraphs).toContain('人民调解协议书');
    const oral = await docx(fx.oral, 'caseFile');
    expect(oral.paragraphs).toContain('人民调解口头协议登记表');
    expect(oral.paragraphs).not.toContain('人民调解协议书');
    // A case with nothing but its acceptance still makes a file: acceptance, notice, back cover.
    const bare = await docx(fx.bare, 'caseFile');
    const toc = tableRows(bare.document)[1] ?? [];
    expect(toc.map((row) => row[1])).toEqual([
      '文书名称',
      '人民调解受理登记表',
      '人民调解当事人权利义务告知书',
      '当事人身份证明',
      '封底',
    ]);
  });

  it('the 卷内目录 lists §3.2’s materials filed on paper, each with its pages, and the 卷宗 a sheet for each page', async () => {
    const tocOf = async (record: RecordRow) => {
      const [, ...rows] = tableRows((await docx(record, 'contents')).document)[0] ?? [];
      return rows.map((r) => [r[1], r[3]]);
    };
    // The 身份证明 is 必须: one page per party unless entered; the 司法确认 materials because 司法确认 is 是.
    expect(await tocOf(fx.threeParty)).toEqual([
      ['人民调解受理登记表', ''],
      ['人民调解当事人权利义务告知书', ''],
      ['当事人身份证明', '共3页'],
      ['人民调解记录', '2026年5月20日'],
      ['人民调解协议书', ''],
      ['司法确认有关材料', '共2页'],
      ['封底', ''],
    ]);
    expect((await tocOf(withData(fx.threeParty, { judicial_confirmation: false }))).map((r) => r[0])).not.toContain(
      '司法确认有关材料',
    );
    const filed = withData(fx.twoParty, { attorney_pages: 1, evidence_pages: 3, confirmation_pages: 4 });
    expect((await tocOf(filed)).map((r) => r.join(' '))).toEqual([
      '人民调解申请书 ',
      '人民调解受理登记表 ',
      '人民调解当事人权利义务告知书 ',
      '当事人身份证明 共2页',
      '授权委托书 共1页',
      '人民调解调查记录 2026年3月12日',
      '人民调解证据材料 共3页',
      '人民调解记录 2026年3月15日',
      '人民调解记录 2026年3月20日',
      '人民调解协议书 ',
      '收条或汇款单等履行凭证 共1页',
      '人民调解回访记录 ',
      '卷宗情况说明 ',
      '封底 ',
    ]);
    const file = await docx(fx.twoParty, 'caseFile');
    expect(file.paragraphs).toContain('本页为卷内当事人身份证明第1页（共2页）。');
    expect(file.paragraphs).toContain('本页为卷内当事人身份证明第2页（共2页）。');
    expect(file.paragraphs).toContain('本页为卷内收条或汇款单等履行凭证第1页（共1页）。');
  });

  it('按卷宗连续编页: a piece printed alone is numbered from its page in the 卷宗, as the 卷内目录 gives it', async () => {
    const [, ...rows] = tableRows((await docx(fx.twoParty, 'contents')).document)[0] ?? [];
    const pageOf = (name: string, nth = 0) => rows.filter((r) => r[1] === name)[nth]?.[2];
    const paged = async (kind: DocumentKind, index?: number) => {
      const doc = await generate(fx, fx.twoParty, kind, index, { caseFilePaging: true });
      return { ...doc, ...readDocx(doc.bytes) };
    };
    const revisit = await paged('revisit');
    expect(revisit.document).toContain(`<w:pgNumType w:start="${pageOf('人民调解回访记录')}"/>`);
    expect(Number(pageOf('人民调解回访记录'))).toBeGreaterThan(10);
    expect(revisit.fileName).toBe('人民调解回访记录（按卷宗编页）-张三.docx');
    const second = await paged('session', 1);
    expect(second.document).toContain(`<w:pgNumType w:start="${pageOf('人民调解记录', 1)}"/>`);
    // Without the choice a piece starts at 1, as before.
    expect((await docx(fx.twoParty, 'revisit')).document).toContain('<w:pgNumType w:start="1"/>');
    expect(
      (await userError(generate(fx, fx.petition, 'visitRecord', undefined, { caseFilePaging: true }))).message,
    ).toBe('“来访接待记录”不是卷宗中编页的文书，不能按卷宗连续编页');
  });

  it('the 卷内目录 on its own gives the pages the documents have in the 卷宗', async () => {
    const file = await docx(fx.twoParty, 'caseFile');
    const cached = [
      ...file.document.matchAll(
        /PAGEREF doc\d+[^<]*<\/w:instrText>[\s\S]*?<w:fldChar w:fldCharType="separate"\/>[\s\S]*?<w:t[^>]*>(\d+)<\/w:t>/g,
      ),
    ].map((m) => m[1]);
    const toc = await docx(fx.twoParty, 'contents');
    expect(toc.paragraphs[0]).toBe('卷内目录');
    const [header, ...rows] = tableRows(toc.document)[0] ?? [];
    expect(header).toEqual(['序号', '文书名称', '页号', '备注']);
    expect(rows.map((r) => r[0])).toEqual(cached.map((_, i) => String(i + 1)));
    expect(rows.map((r) => r[2])).toEqual(cached);
    expect(rows[3]).toEqual(['4', '当事人身份证明', cached[3], '共2页']);
    expect(rows[4]).toEqual(['5', '人民调解调查记录', cached[4], '2026年3月12日']);
    expect(toc.document).not.toContain('w:footerReference');
  });
});

describe('来访接待记录 (§5.1) and 实地查访情况登记表 (§7)', () => {
  it('来访接待记录: the register’s columns, 来访人陈述, 答复意见, the signatures', async () => {
    const doc = await docx(fx.petition, 'visitRecord');
    expect(doc.paragraphs[0]).toBe('来访接待记录');
    // 年龄 on the 来访日期 (2026-05-06): 57; on the day it is printed (TODAY) he is 58.
    expect(tableRows(doc.document)[0]?.[3]).toEqual(['年龄', '57', '联系电话', '13862710009']);
    for (const text of [
      '东河镇司法所',
      '2026年5月6日 9时15分',
      '吴十',
      '13862710009',
      '如东县东河镇新桥村7组2号',
      '来访人陈述',
      '答复意见',
      '转人民调解',
      '王晓红',
    ]) {
      expect(doc.paragraphs).toContain(text);
    }
    expect(doc.text).toContain('我要求他把墙拆回原位。');
    expect(doc.text).toContain('调解不成的，可以向人民法院起诉。');
    expect(doc.text).toContain('来访人\n（签名）');
    expect(doc.text).toContain('接待人\n（签名）');
    expect(doc.fileName).toBe('来访接待记录（2026年5月6日）-吴十.docx');
    expect(doc.folder).toBe('文书/2026/来访接待记录');
  });

  it('实地查访情况登记表: one per visit, 矫正机构 = this office', async () => {
    const doc = await docx(fx.correction, 'fieldVisit', 1);
    expect(doc.paragraphs[0]).toBe('社区矫正实地查访情况登记表');
    for (const text of [
      '矫正机构',
      '东河镇司法所',
      '郑某某',
      '缓刑',
      '2026年6月9日 14时30分',
      '工作单位',
      '重点时期',
      '王晓红、李明',
      '汽修店店主钱某',
      '雇主',
    ]) {
      expect(doc.paragraphs).toContain(text);
    }
    expect(doc.text).toContain('店主反映郑某某工作认真');
    expect(doc.text).toContain('查访对象\n签字');
    expect(doc.fileName).toBe('社区矫正实地查访情况登记表（2026年6月9日）-郑某某.docx');
    expect(doc.folder).toBe('文书/2026/实地查访/郑某某');
  });
});

describe('listDocuments', () => {
  it('offers every document of a full case, one per investigation and session', () => {
    const options = listDocuments('mediationCase', fx.twoParty);
    expect(options.map((o) => [o.kind, o.index ?? null, o.available])).toEqual([
      ['application', null, true],
      ['acceptance', null, true],
      ['rightsNotice', null, true],
      ['investigation', 0, true],
      ['session', 0, true],
      ['session', 1, true],
      ['agreement', null, true],
      ['oralAgreement', null, false],
      ['revisit', null, true],
      ['cover', null, true],
      ['contents', null, true],
      ['backCover', null, true],
      ['caseFile', null, true],
    ]);
    expect(options.find((o) => o.kind === 'session' && o.index === 1)?.title).toBe(
      '人民调解记录（第2次，2026年3月20日）',
    );
    expect(options.find((o) => o.kind === 'oralAgreement')?.missing).toBe('本案为书面协议，请生成“人民调解协议书”');
    // 按卷宗连续编页 is offered for the numbered pieces it can make, not the cover, the 目录 or the 卷宗 itself.
    expect(options.filter((o) => o.caseFilePaging).map((o) => o.kind)).toEqual([
      'application',
      'acceptance',
      'rightsNotice',
      'investigation',
      'session',
      'session',
      'agreement',
      'revisit',
      'backCover',
    ]);
  });

  it('says in Chinese what a bare case lacks', () => {
    const options = listDocuments('mediationCase', fx.bare);
    const missing = Object.fromEntries(options.filter((o) => !o.available).map((o) => [o.kind, o.missing]));
    expect(missing).toEqual({
      application: '案件来源为“主动调解”，不是当事人申请，不需要申请书',
      investigation: '还没有调查记录，请先在“调查记录”中添加',
      session: '还没有调解记录，请先在“调解记录”中添加',
      agreement: '协议书缺少纠纷主要事实、争议事项和协议条款，请先在“调解协议”中填写',
      oralAgreement: '协议形式未选“口头协议”，请先在“结案”中选择协议形式',
      revisit: '回访记录缺少回访情况，请先在“回访”中填写',
    });
    expect(options.filter((o) => o.available).map((o) => o.kind)).toEqual([
      'acceptance',
      'rightsNotice',
      'cover',
      'contents',
      'backCover',
      'caseFile',
    ]);
  });

  it('offers the 来访接待记录, one 查访登记表 per visit, and nothing for registers without documents', () => {
    expect(listDocuments('petition', fx.petition)).toEqual([
      { kind: 'visitRecord', title: '来访接待记录', available: true },
    ]);
    // Then the §13 documents of each 审批事项 and the 期满鉴定表 (correctionDocuments.test.ts).
    expect(
      listDocuments('correctionSubject', fx.correction)
        .filter((o) => o.kind === 'fieldVisit')
        .map((o) => o.title),
    ).toEqual(['社区矫正实地查访情况登记表（2026年3月18日）', '社区矫正实地查访情况登记表（2026年6月9日）']);
    expect(listDocuments('studyMeeting', { ...fx.petition, register: 'studyMeeting' })).toEqual([]);
  });
});

describe('missing data: a UserError in Chinese naming it, before anything is made', () => {
  it('协议书 without terms', async () => {
    const error = await userError(generate(fx, withData(fx.twoParty, { agreement_terms: [] }), 'agreement'));
    expect(error.message).toBe('协议书缺少协议条款，请先在“调解协议”中填写');
  });

  it('协议书 without facts, or of a failed mediation', async () => {
    expect((await userError(generate(fx, withData(fx.twoParty, { agreement_facts: null }), 'agreement'))).message).toBe(
      '协议书缺少纠纷主要事实、争议事项，请先在“调解协议”中填写',
    );
    expect((await userError(generate(fx, withData(fx.twoParty, { result: '不成功' }), 'agreement'))).message).toBe(
      '调解结果为“不成功”，没有调解协议',
    );
  });

  it('entries that do not exist, documents of another register', async () => {
    expect((await userError(generate(fx, fx.twoParty, 'session', 5))).message).toBe('没有第6条调解记录（共2条）');
    expect((await userError(generate(fx, fx.bare, 'investigation', 0))).message).toBe(
      '还没有调查记录，请先在“调查记录”中添加',
    );
    expect((await userError(generate(fx, fx.petition, 'agreement'))).message).toBe(
      '来信来访登记簿不能生成“人民调解协议书”',
    );
    expect((await userError(generate(fx, fx.threeParty, 'application'))).message).toBe(
      '案件来源为“主动调解”，不是当事人申请，不需要申请书',
    );
    expect((await userError(generate(fx, withData(fx.petition, { visitors: [] }), 'visitRecord'))).message).toBe(
      '来访接待记录缺少来访人，请先在“来访人”中填写',
    );
  });

  it('a committee not found prints the form’s blank before 人民调解委员会', async () => {
    const doc = await generateDocument({
      register: 'mediationCase',
      record: fx.twoParty,
      kind: 'agreement',
      settings: fx.settings,
      committee: null,
      today: TODAY,
    });
    expect(readDocx(doc.bytes).paragraphs).toContain('________人民调解委员会（印章）');
  });
});

describe('file names', () => {
  it('never contain characters Windows refuses', () => {
    expect(sanitizeFileName('协议书-张/三:*?"<>|\\')).toBe('协议书-张_三________');
    expect(sanitizeFileName('  . ')).toBe('文书');
  });

  it('name the first party, also when a name holds a slash', async () => {
    const record = withData(fx.twoParty, {
      applicants: [{ ...(fx.twoParty.data['applicants'] as object[])[0], name: 'A/B公司' }],
    });
    const doc = await generate(fx, record, 'agreement');
    expect(doc.fileName).toBe('人民调解协议书-A_B公司.docx');
  });
});
