import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentOption, GeneratedFile } from '../../src-shared/documents';
import { readDocx } from '../support/docx';
import { createDocumentFixtures, TODAY } from './documentFixtures';
import { openTestLedger } from './helpers';
import { sampleRecord } from './samples';
import { registerDef } from '../../src-shared/registers';

// The documents through the API, as the 生成文书 menu calls them: what is offered, and the copy kept in 文书/.

describe('documents API', () => {
  it('lists a case’s documents, marking what cannot be made yet and why', async () => {
    const ledger = openTestLedger({ today: TODAY });
    const fx = await createDocumentFixtures(ledger.core);
    const { documents } = await ledger.call('documents.list', { register: 'mediationCase', id: fx.bare.id });
    const agreement = documents.find((d: DocumentOption) => d.kind === 'agreement');
    expect(agreement?.available).toBe(false);
    expect(agreement?.missing).toMatch(/[\u4e00-\u9fa5]/);
    expect(documents.find((d: DocumentOption) => d.kind === 'caseFile')?.available).toBe(true);
    const meeting = await ledger.call('registers.create', {
      register: 'studyMeeting',
      data: sampleRecord(registerDef('studyMeeting'), { committeeIds: [fx.committee.id], date: '2026-03-10' }),
    });
    expect((await ledger.call('documents.list', { register: 'studyMeeting', id: meeting.id })).documents).toEqual([]);
  });

  it('generates the 协议书, keeps a copy under 文书/<year>/<卷号>/ and returns the same bytes', async () => {
    const ledger = openTestLedger({ today: TODAY });
    const fx = await createDocumentFixtures(ledger.core);
    const file: GeneratedFile = await ledger.call('documents.generate', {
      register: 'mediationCase',
      id: fx.twoParty.id,
      kind: 'agreement',
    });
    const caseNo = String(fx.twoParty.data['case_no']);
    expect(file.savedPath).toBe(path.join(ledger.dir, '文书', caseNo.slice(1, 5), caseNo, file.fileName));
    expect(file.fileName).toBe('人民调解协议书-张三.docx');
    const kept = fs.readFileSync(file.savedPath);
    expect(Buffer.from(file.base64, 'base64').equals(kept)).toBe(true);
    expect(readDocx(new Uint8Array(kept)).text).toContain(`编号：${caseNo}`);
  });

  it('refuses, in Chinese and before writing any file, a document whose data is missing', async () => {
    const ledger = openTestLedger({ today: TODAY });
    const fx = await createDocumentFixtures(ledger.core);
    const error = await ledger.fail('documents.generate', {
      register: 'mediationCase',
      id: fx.bare.id,
      kind: 'agreement',
    });
    expect(error.message).toMatch(/协议/);
    expect(fs.existsSync(path.join(ledger.dir, '文书'))).toBe(false);
  });

  it('按卷宗连续编页: the menu offers it on the 卷宗’s pieces, and the piece comes numbered from its 目录 page', async () => {
    const ledger = openTestLedger({ today: TODAY });
    const fx = await createDocumentFixtures(ledger.core);
    const { documents } = await ledger.call('documents.list', { register: 'mediationCase', id: fx.twoParty.id });
    expect(documents.find((d: DocumentOption) => d.kind === 'revisit')?.caseFilePaging).toBe(true);
    expect(documents.find((d: DocumentOption) => d.kind === 'caseFile')?.caseFilePaging).toBeUndefined();
    const file: GeneratedFile = await ledger.call('documents.generate', {
      register: 'mediationCase',
      id: fx.twoParty.id,
      kind: 'revisit',
      caseFilePaging: true,
    });
    expect(file.fileName).toBe('人民调解回访记录（按卷宗编页）-张三.docx');
    const start = /<w:pgNumType w:start="(\d+)"\/>/.exec(readDocx(Buffer.from(file.base64, 'base64')).document)?.[1];
    expect(Number(start)).toBeGreaterThan(10);
    const wrong = await ledger.fail('documents.generate', {
      register: 'mediationCase',
      id: fx.twoParty.id,
      kind: 'revisit',
      caseFilePaging: 'yes' as unknown as boolean,
    });
    expect(wrong.message).toBe('按卷宗连续编页应为是或否');
  });

  it('rejects an unknown document kind by name', async () => {
    const ledger = openTestLedger({ today: TODAY });
    const error = await ledger.fail('documents.generate', { register: 'mediationCase', id: 1, kind: 'will' });
    expect(error.message).toBe('文书种类不存在');
  });
});
