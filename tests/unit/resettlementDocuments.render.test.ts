// The 安置帮教 documents opened by an independent reader (LibreOffice → PDF, read back with poppler), as
// documents.render.test.ts does for the 卷宗: every one converts with its Chinese text, no date or number is split
// across lines, no page holds signatures alone (also when the text grows a line at a time, so the signatures fall just
// past a page's end), the pages are A4 (the 登记表 turned), and a full body line holds 28 characters.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  resettlementDocument,
  type ResettlementDocumentInput,
  type ResettlementKind,
} from '../../src-main/core/documents/resettlementDocuments';
import type { ResettlementSubject } from '../../src-main/core/documents/resettlementData';
import { packDocument } from '../../src-main/core/documents/style';
import { DEFAULT_AGREEMENT_CLAUSES } from '../../src-shared/resettlementClauses';
import { convertToPdf, findLibreOffice, installHint, pdfPages, pdfText } from '../../scripts/ensure-libreoffice.mjs';
import { readDocx } from '../support/docx';
import { fullBodyLines, signatureOnlyPages, splitWholes } from '../support/pageChecks';
import { pdfLayout, type PdfPage } from '../support/pdfLayout';
import { endedSubject, refusingSubject, releasedSubject, RESETTLEMENT_TODAY } from './resettlementFixtures';

type Sample = readonly [string, ResettlementKind, ResettlementSubject, Partial<ResettlementDocumentInput>?];

const QA =
  '问：最近工作和生活情况怎样？有没有遇到什么困难？\n答：在汽修店上班，每月工资三千元左右，生活上没有大的困难。';

/** The talk and the agreement a few lines longer each time: one of them puts the signatures just past a page's end. */
const LONGER: Sample[] = [
  ...Array.from({ length: 8 }, (_, k): Sample => {
    const s = releasedSubject();
    s.talk.record = `${s.talk.record ?? ''}\n${Array(2 + k)
      .fill(QA)
      .join('\n')}`;
    return [`reportTalk+${k}`, 'reportTalk', s];
  }),
  ...Array.from({ length: 6 }, (_, k): Sample => {
    const extra = Array(1 + k).fill('按要求参加公益活动和集中教育，每月向帮教小组报告一次思想、工作和生活情况。');
    const clauses = { ...DEFAULT_AGREEMENT_CLAUSES, subject: [...DEFAULT_AGREEMENT_CLAUSES.subject, ...extra] };
    return [`agreement+${k}`, 'resettlementAgreement', refusingSubject(), { clauses }];
  }),
];

const BOOK = [releasedSubject(), refusingSubject(), endedSubject()];

const SAMPLES: readonly Sample[] = [
  ['reportTalk', 'reportTalk', releasedSubject()],
  ['reportTalkBlank', 'reportTalk', refusingSubject()],
  ['agreement', 'resettlementAgreement', releasedSubject()],
  ['agreementRefused', 'resettlementAgreement', refusingSubject()],
  ['policeNotice', 'policeNotice', releasedSubject()],
  ['workBook', 'resettlementWorkBook', releasedSubject()],
  ['roll', 'entrustmentRoll', releasedSubject(), { book: BOOK }],
  ...LONGER,
];
const names = SAMPLES.map(([name]) => name);

const TITLES: Record<ResettlementKind, string> = {
  reportTalk: '报到谈话笔录',
  resettlementAgreement: '帮教协议书',
  policeNotice: '通报列管通知书',
  resettlementWorkBook: '安置帮教对象安置帮教工作记录簿',
  entrustmentRoll: '委托帮教和解除帮教登记表',
};

const pdfs = new Map<string, string>();
const sources = new Map<string, string[]>();
const layouts = new Map<string, PdfPage[]>();

const tools = findLibreOffice();
const missingTools =
  tools.missing.length === 0
    ? null
    : `未找到 ${tools.missing.join('、')}，无法检查生成的 Word 文书。请运行 npm test（它会安装 LibreOffice 与 poppler-utils）。\n${installHint()}`;

function pdf(name: string): string {
  if (missingTools) throw new Error(missingTools);
  const file = pdfs.get(name);
  if (!file) throw new Error(`${name} was not converted`);
  return file;
}

function layout(name: string): PdfPage[] {
  const known = layouts.get(name);
  if (known) return known;
  const read = pdfLayout(pdf(name));
  layouts.set(name, read);
  return read;
}

beforeAll(async () => {
  if (missingTools) return;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-render-resettlement-'));
  const files: string[] = [];
  for (const [name, kind, subject, extra] of SAMPLES) {
    const input: ResettlementDocumentInput = {
      kind,
      subject,
      officeName: '东河镇司法所',
      clauses: DEFAULT_AGREEMENT_CLAUSES,
      today: RESETTLEMENT_TODAY,
      ...extra,
    };
    const bytes = await packDocument(resettlementDocument(input, TITLES[kind]));
    const file = path.join(work, `${name}.docx`);
    fs.writeFileSync(file, bytes);
    sources.set(name, readDocx(bytes).paragraphs);
    files.push(file);
  }
  convertToPdf(files, work).forEach((file, i) => pdfs.set(names[i] ?? '', file));
  return () => fs.rmSync(work, { recursive: true, force: true });
}, 300_000);

describe('the 安置帮教 documents in LibreOffice', () => {
  it('LibreOffice and poppler-utils are installed', () => {
    expect(missingTools ?? '', missingTools ?? '').toBe('');
  });

  it.each(SAMPLES.map(([name, kind]) => [name, kind] as const))('%s converts with its title', (name, kind) => {
    expect(pdfPages(pdf(name))).toBeGreaterThanOrEqual(1);
    expect(pdfText(pdf(name), 1).replace(/\s+/g, '')).toContain(TITLES[kind]);
  });

  it.each(names)('%s: no date, phone or ID number, or number with its unit is split across lines', (name) => {
    expect(splitWholes(sources.get(name) ?? [], layout(name))).toEqual([]);
  });

  it.each(names)('%s: no page holds signature lines alone', (name) => {
    expect(signatureOnlyPages(layout(name))).toEqual([]);
  });

  it('the longer talks and agreements reach a second and third page: the checks above met a page’s end', () => {
    const counts = LONGER.map(([name]) => pdfPages(pdf(name)));
    expect(new Set(counts.slice(0, 8)).size).toBeGreaterThan(1);
    expect(new Set(counts.slice(8)).size).toBeGreaterThan(1);
  });

  it('every page is A4, upright, but for the 登记表’s, which is turned', () => {
    for (const name of names) {
      const turned = name === 'roll';
      for (const page of layout(name)) {
        expect([Math.round(page.width), Math.round(page.height)], name).toEqual(turned ? [842, 595] : [595, 842]);
      }
    }
  });

  it('the 拒签 note and the refused line print on the 协议书, with the signatures on the same page', () => {
    const last = pdfPages(pdf('agreementRefused'));
    const text = pdfText(pdf('agreementRefused'), last).replace(/\s+/g, '');
    expect(text).toContain('帮教对象钱某拒绝签订本协议');
    expect(text).toContain('通报其户籍地公安机关');
    expect(text).toContain('帮教对象（拒签）');
    expect(text).toContain('2026年5月20日');
  });

  it('the one-page documents take one page: the 通知书, the 记录簿 of five entries, the 登记表 of three rows', () => {
    for (const name of ['policeNotice', 'workBook', 'roll']) expect(pdfPages(pdf(name)), name).toBe(1);
  });

  it('a full line of body text holds 28 characters', () => {
    const counts = names.flatMap((name) => fullBodyLines(layout(name))).map((line) => [...line.text].length);
    // Most of their lines hold digits or end a short clause; the clauses of the 协议书 fill some.
    expect(counts.length).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBe(28);
  });
});
