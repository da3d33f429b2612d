// 导出登记簿 read back by the import (issue 21, “round trip”): every column the export writes comes back as the value
// the ledger stored. The fields the export leaves out (the case file's material, child lists, computed columns) are
// listed here, so a change on either side shows.
import { describe, expect, test } from 'vitest';
import { findTable } from '../../src-main/core/import/findTable';
import { columnSamples, matchColumns } from '../../src-main/core/import/matchColumns';
import { parseRows } from '../../src-main/core/import/parseRows';
import { readSpreadsheet } from '../../src-main/core/import/readSpreadsheet';
import { buildRegisterBook } from '../../src-main/core/reports';
import { inputFields, registers } from '../../src-shared/registers';
import type { PartyData, RegisterDef } from '../../src-shared/registers';
import { openTestLedger, seedSettings } from './helpers';
import { committeeIdsOf, makeIdNumber, partiesOf, sampleRecord, type SampleData } from './samples';

/** Every field filled, not only the required ones: sampleRecord fills what is required or filtered. */
const everyField = (def: RegisterDef): RegisterDef => ({
  ...def,
  fields: def.fields.map((f) => ({ ...f, filter: true })),
});

/**
 * A 涉及人数 only where its flag is set, as the form asks for it; one flag set (防止群体性上访, 12 persons) so the
 * 防止激化 column lists something.
 */
function withFlagCounts(data: SampleData): SampleData {
  const out = { ...data };
  if ('prevent_petition' in out) Object.assign(out, { prevent_petition: true, prevent_petition_persons: 12 });
  for (const key of Object.keys(out))
    if (key.endsWith('_persons') && out[key.slice(0, -'_persons'.length)] !== true) out[key] = null;
  return out;
}

/** Fields 导出登记簿 does not write as a column of their own (reports/registerBook.ts DOCUMENT_ONLY, flag groups). */
const NOT_EXPORTED: Record<string, readonly string[]> = {
  mediationCase: [
    'application_items',
    'agreement_facts',
    'agreement_terms',
    'performance_terms',
    'agreement_copies',
    'agreement_date',
    'performance_due_date',
    'recorder',
    'revisit_method',
    'revisit_by',
    'revisit_interviewees',
    'revisit_content',
    'file_title',
    'filed_by',
    'filed_date',
    'retention',
    'file_note',
    'id_proof_pages',
    'attorney_pages',
    'evidence_pages',
    'receipt_pages',
    'confirmation_pages',
  ],
  petition: ['statement', 'reply'],
  correctionSubject: ['ban_end_date'],
};

describe('导出登记簿 read back by the import', () => {
  test('every book: each exported column gives back the stored value', async () => {
    const ledger = openTestLedger({ today: '2026-12-03' });
    const settings = await seedSettings(ledger);
    const committees = settings.committees.map((c) => ({ id: c.id!, name: c.name, shortName: c.shortName }));
    const differences: Record<string, string[]> = {};
    for (const def of registers) {
      const data = withFlagCounts(
        sampleRecord(everyField(def), { committeeIds: committeeIdsOf(settings), date: '2026-03-15' }),
      );
      const created = await ledger.call('registers.create', { register: def.key, data });
      const stored = (await ledger.call('registers.get', { register: def.key, id: created.id })).data;
      const book = await buildRegisterBook(ledger.core.ledger.db, {
        register: def.key,
        from: '2026-01-01',
        to: '2026-12-31',
        settings,
      });
      const grid = await readSpreadsheet(new Uint8Array(book.bytes), book.fileName);
      const table = findTable(grid);
      expect(table.dataRows, def.key).toHaveLength(1);
      const matches = matchColumns(def.key, table.columns, columnSamples(grid.rows, table.dataRows, table.columns));
      const [row] = parseRows(def.key, grid, table, matches, {
        committees,
        registeredBy: '导入人',
        today: '2026-12-03',
      });
      expect(row!.errors, def.key).toEqual([]);
      const skipped = new Set(NOT_EXPORTED[def.key] ?? []);
      differences[def.key] = inputFields(def)
        .filter((f) => f.type !== 'entries' && !skipped.has(f.key))
        .filter((f) => JSON.stringify(row!.data![f.key] ?? null) !== JSON.stringify(stored[f.key] ?? null))
        .map((f) => `${f.key}: ${JSON.stringify(stored[f.key])} → ${JSON.stringify(row!.data![f.key])}`);
    }
    expect(differences).toEqual(Object.fromEntries(registers.map((r) => [r.key, []])));
  });

  test('party blocks come back from the export’s lines: several applicants, an organisation, address and phone', async () => {
    const ledger = openTestLedger({ today: '2026-12-03' });
    const settings = await seedSettings(ledger);
    const committees = settings.committees.map((c) => ({ id: c.id!, name: c.name, shortName: c.shortName }));
    const data = {
      ...sampleRecord(
        registers.find((r) => r.key === 'mediationCase')!,
        { committeeIds: committeeIdsOf(settings) },
      ),
      applicants: [
        {
          kind: '自然人',
          name: '林秀梅',
          id_number: makeIdNumber('1972-11-02', '022'),
          address: '东河村3组',
          phone: '13800138000',
        },
        { kind: '自然人', name: '林秀兰', sex: '女' },
      ],
      respondents: [{ kind: '法人或其他组织', name: '东河建材有限公司', legal_rep: '高建军', phone: '0513-86123456' }],
    };
    const created = await ledger.call('registers.create', { register: 'mediationCase', data });
    const stored = await ledger.call('registers.get', { register: 'mediationCase', id: created.id });
    const book = await buildRegisterBook(ledger.core.ledger.db, {
      register: 'mediationCase',
      from: '2026-01-01',
      to: '2026-12-31',
      settings,
    });
    const grid = await readSpreadsheet(new Uint8Array(book.bytes), book.fileName);
    const table = findTable(grid);
    const matches = matchColumns(
      'mediationCase',
      table.columns,
      columnSamples(grid.rows, table.dataRows, table.columns),
    );
    const [row] = parseRows('mediationCase', grid, table, matches, {
      committees,
      registeredBy: '导入人',
      today: '2026-12-03',
    });
    const shown = (parties: readonly PartyData[]) =>
      parties.map((p) => ({
        kind: p.kind,
        name: p.name,
        sex: p.sex,
        address: p.address,
        phone: p.phone,
        legal_rep: p.legal_rep,
      }));
    for (const key of ['applicants', 'respondents'])
      expect(shown(row!.data![key] as PartyData[]), key).toEqual(shown(partiesOf(stored, key)));
    // The book prints the age on the row's 登记日期 (53 on 2026-03-15), not the 身份证号 nor the birth date: the age comes
    // back, the number does not.
    expect((row!.data!.applicants as PartyData[])[0]).toMatchObject({ age: 53, id_number: null, birth_date: null });
  });
});
