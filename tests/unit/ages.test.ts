// Every age printed is the age on the paper's own date, never on the day it is printed (issue 18): a party born
// 1972-11-02 who signed on 2026-10-20 was 53, and stays 53 in the 协议书, the 卷宗 and the register book however late
// they are printed. One function (src-shared/dates.ts ageOnDocumentDate) works it out for all of them.
import { describe, expect, it } from 'vitest';
import { generateDocument, type DocumentKind } from '../../src-main/core/documents';
import { buildRegisterBook } from '../../src-main/core/reports';
import type { RecordRow } from '../../src-shared/handlers';
import type { Settings } from '../../src-shared/settings';
import { readDocx } from '../support/docx';
import { readWithExceljs } from '../support/xlsx';
import { openTestLedger, seedSettings, type TestLedger } from './helpers';
import { makeIdNumber } from './samples';

/** The day the case is exported on in the ledger: after her birthday, so an age worked out on it would be 54. */
const EXPORT_DAY = '2026-12-02';

async function signedCase(): Promise<{ ledger: TestLedger; settings: Settings; record: RecordRow }> {
  const ledger = openTestLedger({ today: EXPORT_DAY });
  const settings = await seedSettings(ledger);
  const committee = settings.committees[0]!;
  const record = await ledger.call('registers.create', {
    register: 'mediationCase',
    data: {
      committee_id: committee.id,
      registered_on: '2026-10-20',
      accept_date: '2026-10-08',
      dispute_type: '02',
      case_source: '依申请调解',
      applicants: [{ kind: '自然人', name: '林秀梅', id_number: makeIdNumber('1972-11-02', '022'), ethnicity: '汉族' }],
      respondents: [{ kind: '自然人', name: '高建军', birth_date: '1980-01-05', sex: '男' }],
      summary: '相邻通道堆放杂物引发争执。',
      investigations: [
        {
          date: '2026-10-12',
          place: '通道现场',
          investigator: '王晓红',
          subject_name: '林秀梅',
          record: '问：杂物何时堆放？\n答：九月。',
        },
      ],
      result: '成功',
      agreement_form: '书面协议',
      close_date: '2026-10-20',
      agreement_facts: '高建军在共用通道堆放杂物，林秀梅要求清理。',
      agreement_terms: ['高建军于2026年10月25日前清理通道杂物。'],
      agreement_date: '2026-10-20',
    },
  });
  return { ledger, settings, record };
}

async function documentText(
  setup: { settings: Settings; record: RecordRow },
  kind: DocumentKind,
  today: string,
): Promise<string> {
  const { settings, record } = setup;
  const doc = await generateDocument({
    register: 'mediationCase',
    record,
    kind,
    settings,
    committee: null,
    today,
  });
  return readDocx(doc.bytes).text;
}

/** The age printed after 姓名 <name> in a 当事人信息块. */
function ageIn(text: string, name: string): string | undefined {
  return new RegExp(`姓名\\s*${name}[\\s\\S]*?年龄\\s*(\\d+)`).exec(text)?.[1];
}

describe('ages on the document’s own date', () => {
  it('the 协议书 gives her age on the 签订日期, 53, on any day it is made', async () => {
    const setup = await signedCase();
    for (const today of [EXPORT_DAY, '2031-06-01']) {
      expect(ageIn(await documentText(setup, 'agreement', today), '林秀梅'), today).toBe('53');
    }
  });

  it('the 卷宗 prints each document’s ages on its own date: 53 in the 协议书, the 申请书 and the 调查记录', async () => {
    const setup = await signedCase();
    const text = await documentText(setup, 'caseFile', '2031-06-01');
    const ages = [...text.matchAll(/姓名\s*林秀梅[\s\S]*?年龄\s*(\d+)/g)].map((m) => m[1]);
    // 申请书 (受理日期 2026-10-08), 调查记录 (2026-10-12), 协议书 (2026-10-20): all before her birthday.
    expect(ages).toEqual(['53', '53', '53']);
    expect(ageIn(text, '高建军')).toBe('46');
  });

  it('a register book row gives her age on its 登记日期, not on the day the book is exported', async () => {
    const { ledger, settings } = await signedCase();
    const book = await buildRegisterBook(ledger.core.ledger.db, {
      register: 'mediationCase',
      from: '2026-01-01',
      to: '2026-12-31',
      settings,
    });
    const sheet = (await readWithExceljs(book.bytes)).worksheets[0]!;
    const headers = (sheet.getRow(2).values as unknown[]).map((v) => String(v ?? ''));
    const cell = String(sheet.getRow(3).getCell(headers.indexOf('申请人')).value);
    expect(cell).toBe('林秀梅（女，53岁）');
  });
});
